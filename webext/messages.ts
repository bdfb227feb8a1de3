/**
 * Typed messages between the extension's parts, and who may send which.
 *
 * Content scripts run inside pages we do not control, so the background checks every
 * sender against an allow-list (as Dark Reader does): page-side messages must come from
 * one of our content scripts in a real tab; panel-side messages from our own pages.
 */
import type { ChallengeFacts } from '../shared/device/challenge';
import type { DomIdentity } from '../shared/detection/dom-identity';
import type { Webmail } from '../shared/email/webmail';
import type { Brand } from '../shared/knowledge/types';

/** What a content script found on a page (sent once per page view and frame). */
export interface DetectionReport {
  /** Origin of the frame that looks like a recorder (it may be an iframe). */
  origin: string;
  url: string;
  /** 'certain' from page signatures alone; 'confirmed' after one login challenge answered like a Dahua device. */
  level: 'certain' | 'confirmed';
  generation: string | null;
  brand: Brand;
  matched: string[];
  challenge: ChallengeFacts | null;
  dom: DomIdentity;
  at: number;
}

/** The background's view of one tab, as the side panel reads it. */
export interface TabState {
  tabId: number;
  frameId: number;
  /** e.g. "Dahua NVR detected" — also the toolbar title. */
  title: string;
  kind: string | null;
  report: DetectionReport;
}

export type ContentToBackground =
  /** The always-on gate saw Dahua-like hints: inject the full detector into this frame. */
  | { type: 'gate-passed'; decision: 'scan' | 'watch' }
  | { type: 'detected'; report: DetectionReport }
  | { type: 'open-guide' }
  /** The prompt asks what was detected in its own tab. */
  | { type: 'get-own-detection' };

export type PanelToBackground = { type: 'get-tab-state'; tabId: number };

/** Background → extension pages (broadcast). */
export type BackgroundBroadcast = { type: 'tab-state-changed'; tabId: number };

/** Panel → the detected frame's content script. */
export type PanelToContent = { type: 'read-device-status' };

/** Which webmail a webmail content script drives. */
export type WebmailProvider = Webmail;

/**
 * One support e-mail for the webmail driver. The attachment travels as Base64 because Chrome
 * serialises extension messages as JSON (a Uint8Array would arrive as an object of numbers).
 */
export interface WebmailCompose {
  to: string;
  subject: string;
  body: string;
  attachment: { name: string; mime: string; size: number; base64: string };
}

/** Panel → a Gmail / Outlook tab's content script (webext/webmail/). */
export type PanelToWebmail =
  /** "Are you loaded?": the panel polls this after opening a webmail tab. */
  { type: 'webmail-ping' } | { type: 'webmail-compose'; compose: WebmailCompose };

/** Only which driver answered: the panel has no use for anything else from the mailbox tab. */
export interface WebmailPong {
  provider: WebmailProvider;
}

/** The step of the compose the driver was at when it stopped. */
export type WebmailStage = 'compose' | 'recipient' | 'subject' | 'body' | 'attach' | 'confirm';

export type WebmailResult =
  | {
      ok: true;
      provider: WebmailProvider;
      /** The attachment chip's own text, e.g. "reset-export.xml (4 KB)": proof it is there. */
      chip: string;
      /** The attachment went in by a synthetic drop or through the compose's file input. */
      via: 'drop' | 'file-input';
    }
  | { ok: false; provider: WebmailProvider; stage: WebmailStage; reason: string };

const WEBMAIL_TYPES = new Set<string>(['webmail-ping', 'webmail-compose']);

/**
 * A webmail content script obeys only our own extension pages (the side panel): a message
 * from anywhere else, or of another shape, is ignored.
 */
export function isWebmailRequest(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): message is PanelToWebmail {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !WEBMAIL_TYPES.has(type) || sender.id !== extensionId) return false;
  // Firefox may leave out `url` for extension pages; when present it must be ours, and a tab
  // sender would be another content script, never the panel.
  if (typeof sender.url === 'string' && !sender.url.startsWith(extensionOrigin)) return false;
  if (sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(extensionOrigin)) return false;
  if (type === 'webmail-ping') return true;
  return isWebmailCompose((message as { compose?: unknown }).compose);
}

function isWebmailCompose(value: unknown): value is WebmailCompose {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  const a = c.attachment as Record<string, unknown> | null | undefined;
  return (
    typeof c.to === 'string' &&
    typeof c.subject === 'string' &&
    typeof c.body === 'string' &&
    !!a &&
    typeof a.name === 'string' &&
    typeof a.mime === 'string' &&
    typeof a.size === 'number' &&
    typeof a.base64 === 'string'
  );
}

export type AnyToBackground = ContentToBackground | PanelToBackground;

const CONTENT_TYPES = new Set<string>(['gate-passed', 'detected', 'open-guide', 'get-own-detection']);
const PANEL_TYPES = new Set<string>(['get-tab-state']);

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decide whether `message` from `sender` may be handled.
 * @param extensionId - our runtime id
 * @param extensionOrigin - `runtime.getURL('')`, e.g. chrome-extension://abc/
 */
export function isAllowedSender(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): message is AnyToBackground {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || sender.id !== extensionId) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (CONTENT_TYPES.has(type)) return !fromOwnPage && typeof sender.tab?.id === 'number';
  if (PANEL_TYPES.has(type)) return fromOwnPage;
  return false;
}
