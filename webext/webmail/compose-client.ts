/**
 * The side panel's half of "compose in webmail": pick or open the webmail tab, wait until our
 * content script there answers, hand it the e-mail, and return what it saw. Nothing goes over
 * the network from here: the webmail tab is the user's own, and the user presses Send.
 *
 * New tabs open in the background so the panel (which follows the active tab) keeps showing the
 * result; the technician brings the compose to the front with one click.
 */
import { browser } from 'wxt/browser';
import { GMAIL_HOST, OUTLOOK_HOSTS } from '../../shared/email';
import type { WebmailComposeOutcome, WebmailComposeRequest } from '../../ui/guide-host';
import type { WebmailProtocol } from '../messages';
import { sender } from '../protocol';
import { bytesToBase64 } from './base64';

/** Tabs our drivers run in: the same hosts as entrypoints/gmail.content.ts and outlook.content.ts. */
const WEBMAIL_MATCHES: Record<WebmailComposeRequest['kind'], string[]> = {
  gmail: [`https://${GMAIL_HOST}/*`],
  outlook: OUTLOOK_HOSTS.map((host) => `https://${host}/*`),
};

const GMAIL_START = 'https://mail.google.com/mail/u/0/#inbox';

/** A freshly opened webmail may need a sign-in and a slow first load. */
const READY_TIMEOUT_MS = 45_000;
const READY_POLL_MS = 400;

/** Commands to the webmail content script of one tab. */
const toWebmailTab = (tabId: number) =>
  sender<WebmailProtocol>((message) => browser.tabs.sendMessage(tabId, message));

export interface ComposeClientDeps {
  /** Outlook's deeplink compose URL on `host` (shared/email). */
  outlookComposeUrl(host: string, fields: { to: string; subject: string; body: string }): string;
}

export async function composeViaWebmail(
  request: WebmailComposeRequest,
  deps: ComposeClientDeps,
): Promise<WebmailComposeOutcome> {
  let tabId: number | null = null;
  const label = request.kind === 'gmail' ? 'Gmail' : 'Outlook';
  try {
    tabId = await targetTab(request, deps);
    const ready = await waitUntilReady(tabId, request.kind);
    if (!ready.ok) return { ok: false, tabId, reason: ready.reason };
    const result = await toWebmailTab(tabId)('webmail-compose', {
      compose: {
        to: request.to,
        subject: request.subject,
        body: request.body,
        attachment: {
          name: request.attachment.name,
          mime: request.attachment.mime,
          size: request.attachment.bytes.length,
          base64: bytesToBase64(request.attachment.bytes),
        },
      },
    });
    if (!result)
      return { ok: false, tabId, reason: `The ${label} tab did not answer (it was closed or reloaded).` };
    return result.ok
      ? { ok: true, tabId, chip: result.chip, via: result.via }
      : { ok: false, tabId, reason: result.reason };
  } catch (error) {
    return {
      ok: false,
      tabId,
      reason: `Could not reach the ${label} tab: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** The tab to compose in: the one the panel is on, an open one, or a new one in the background. */
async function targetTab(request: WebmailComposeRequest, deps: ComposeClientDeps): Promise<number> {
  const open = await browser.tabs.query({ url: WEBMAIL_MATCHES[request.kind] });
  if (request.kind === 'gmail') {
    const existing = request.tabId ?? open[0]?.id;
    if (existing !== undefined) return existing;
    return (await browser.tabs.create({ url: GMAIL_START, active: false })).id!;
  }
  // Outlook: a deeplink compose in a tab of its own (Outlook pops compose out the same way), on
  // the host of the Outlook tab the panel is on, else the account type chosen in the panel.
  const current = request.tabId !== undefined ? await browser.tabs.get(request.tabId) : undefined;
  const host =
    hostOf(current?.url) ?? request.outlookHost ?? hostOf(open[0]?.url) ?? 'outlook.cloud.microsoft';
  const url = deps.outlookComposeUrl(host, { to: request.to, subject: request.subject, body: request.body });
  return (await browser.tabs.create({ url, active: false })).id!;
}

async function waitUntilReady(
  tabId: number,
  kind: WebmailComposeRequest['kind'],
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const label = kind === 'gmail' ? 'Gmail' : 'Outlook';
  const deadline = Date.now() + READY_TIMEOUT_MS;
  let lastUrl = '';
  while (Date.now() < deadline) {
    try {
      const pong = await toWebmailTab(tabId)('webmail-ping');
      if (pong?.provider === kind) return { ok: true };
    } catch {
      // Not loaded yet (no listener in the tab): ask again.
    }
    lastUrl = (await browser.tabs.get(tabId)).url ?? lastUrl;
    await new Promise((resolve) => setTimeout(resolve, READY_POLL_MS));
  }
  const host = hostOf(lastUrl);
  const onWebmail = WEBMAIL_MATCHES[kind].some((m) => host !== null && m.includes(`//${host}/`));
  return {
    ok: false,
    reason: onWebmail
      ? `The ${label} tab did not finish loading in ${READY_TIMEOUT_MS / 1000} s.`
      : `The ${label} tab is on ${host ?? 'another page'} (a sign-in page?). Sign in to ${label}, then try again.`,
  };
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
