/**
 * The support e-mail in real Chromium, against the simulated Gmail and Outlook pages of
 * tests/webmail-sim/ served under the real host names (Playwright routing), so the extension's
 * real content-script matches decide where the driver runs.
 *
 * Asserts: the compose opens filled, the attachment chip appears and the simulated webmail read
 * the very bytes of the XML (SHA-256 and Base64 of the dropped File), from the recorder side and
 * from the webmail tab itself; when the driver fails ("changed markup"), it says why and each
 * fallback works: compose URL + XML download + clipboard, the .eml, mailto:.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { routeWebmail, type WebmailSim } from '../webmail-sim/route';
import { bytesOf, FLAT, openSupportKit, pickXml, startManualCase } from '../webmail-sim/panel-helpers';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

let ext: ChromiumExtension;
let sim: WebmailSim;
let panel: Page;

const xml = bytesOf(FLAT.file);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const GLOBAL = 'support_rpwd@global.dahuatech.com';
const ALTERNATIVE = 'support_rpwd@dahuatech.com';

beforeAll(async () => {
  ext = await launchChromium();
  sim = await routeWebmail(ext.context);
  // For every origin: Chromium refuses a grant to a chrome-extension: origin ("opaque").
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await ext?.close();
});
// A failed test must not leave a broken variant behind for the next one.
afterEach(() => sim?.set({ gmail: 'normal', outlook: 'normal' }));

/**
 * The open tab on `host` (and matching `also`), once the extension has opened it. Polled, not
 * awaited as a 'page' event: such a tab first shows Chrome's error page (see route.ts).
 */
async function pageOn(
  host: string,
  except: Page[] = [],
  also: (url: URL) => boolean = () => true,
): Promise<Page> {
  let found: Page | undefined;
  const matches = (p: Page) => {
    const url = new URL(p.url());
    return !except.includes(p) && url.host === host && also(url);
  };
  await expect
    .poll(() => (found = ext.context.pages().find(matches)) !== undefined, { timeout: 20_000 })
    .toBe(true);
  return found!;
}

/** 'attached' or 'failed: <reason>', once the compose has finished. */
async function composeStatus(p: Page, timeout = 45_000): Promise<string> {
  const status = p.getByTestId('compose-status');
  await expect.poll(() => status.getAttribute('data-state'), { timeout }).not.toBe('working');
  const state = (await status.getAttribute('data-state')) ?? '';
  return state === 'failed' ? `failed: ${await status.textContent()}` : state;
}

/** What the simulated webmail read from the dropped File. */
async function attachmentIn(p: Page) {
  const chip = p.getByTestId('sim-attachment');
  await expect.poll(() => chip.count()).toBe(1);
  return chip.evaluate((el) => ({ ...(el as HTMLElement).dataset }));
}

async function bytesOfDownload(download: Download): Promise<Uint8Array> {
  return new Uint8Array(readFileSync(await download.path()));
}

const preview = async (p: Page) => ({
  to: (await p.getByTestId('email-to').textContent()) ?? '',
  subject: (await p.getByTestId('email-subject').textContent()) ?? '',
  body: (await p.getByTestId('email-body').textContent()) ?? '',
});

describe('Chromium: the support e-mail', () => {
  it('offers both Dahua addresses with their explanation and remembers the last choice', async () => {
    // The technician's case, with its XML export kept.
    panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl);
    // Pinned to its own tab, as a side panel stays on the recorder tab: the webmail tabs the
    // tests open must not make it follow them.
    await panel.goto(`${ext.panelUrl}?tab=${await ext.tabIdOf(panel)}`);
    await startManualCase(panel, FLAT.model, FLAT.serial);
    await openSupportKit(panel);
    await pickXml(panel, FLAT.file);
    await expect
      .poll(() => panel.getByTestId('xml-kept').getAttribute('data-name'))
      .toBe('flat-elements.xml');

    const recipients = (await panel.getByTestId('email-recipients').textContent()) ?? '';
    expect(recipients).toContain(GLOBAL);
    expect(recipients).toContain(ALTERNATIVE);
    expect(recipients).toMatch(/NetSDK/);
    expect(await panel.getByTestId('email-to').textContent()).toBe(GLOBAL);
    await panel.getByTestId('recipient-rpwd').check();
    await expect.poll(() => panel.getByTestId('email-to').textContent()).toBe(ALTERNATIVE);
    await panel.reload();
    await expect.poll(() => panel.getByTestId('email-to').textContent()).toBe(ALTERNATIVE);
    await panel.getByTestId('recipient-rpwd-global').check();
    await expect.poll(() => panel.getByTestId('email-to').textContent()).toBe(GLOBAL);
    const { subject, body } = await preview(panel);
    expect(subject).toContain(FLAT.serial);
    expect(body).toContain(`Serial number: ${FLAT.serial}`);
    expect(body).toContain('flat-elements.xml');
  });

  it("settings: the distributor's address and an edited template reach the preview", async () => {
    const settings = panel.getByTestId('email-settings');
    await settings.locator('> summary').click();
    await panel.getByTestId('email-setting-distributorAddress').fill('not an address');
    await panel.getByTestId('email-settings-save').click();
    await expect.poll(() => settings.locator('.error').count()).toBe(1);
    expect(await panel.getByTestId('recipient-distributor').isDisabled()).toBe(true);

    await panel.getByTestId('email-setting-distributorAddress').fill('resets@distributor.example');
    await panel
      .getByTestId('email-setting-subjectTemplate')
      .fill('Reset file please: {{serial}} ({{siteRef}})');
    await panel.getByTestId('email-settings-save').click();
    await expect.poll(() => settings.getByRole('status').count()).toBe(1);
    await panel.getByTestId('recipient-distributor').check();
    await expect.poll(() => panel.getByTestId('email-to').textContent()).toBe('resets@distributor.example');
    await panel.getByTestId('email-site-ref').fill('Ticket 4711');
    await expect
      .poll(() => panel.getByTestId('email-subject').textContent())
      .toBe(`Reset file please: ${FLAT.serial} (Ticket 4711)`);

    // Back to the defaults for the next tests.
    await settings.getByRole('button', { name: 'Default templates' }).click();
    await panel.getByTestId('email-settings-save').click();
    await panel.getByTestId('recipient-rpwd-global').check();
    await expect
      .poll(() => panel.getByTestId('email-subject').textContent())
      .toContain('Password reset request');
    await settings.locator('> summary').click();
  });

  it('Gmail from the recorder side: compose filled, the chip appears with the same bytes', async () => {
    const expected = await preview(panel);
    await panel.getByTestId('compose-gmail').click();
    expect(await composeStatus(panel)).toBe('attached');
    expect(await panel.getByTestId('compose-status').getAttribute('data-via')).toBe('drop');

    const gmail = await pageOn('mail.google.com');
    const dialog = gmail.locator('[role=dialog]');
    expect(await dialog.locator(`[email="${GLOBAL}"]`).count()).toBe(1);
    expect(await dialog.locator('input[name=subjectbox]').inputValue()).toBe(expected.subject);
    const body = await dialog.locator('[aria-label="Message Body"]').innerText();
    expect(body.replace(/\s+/g, ' ').trim()).toBe(expected.body.replace(/\s+/g, ' ').trim());
    const got = await attachmentIn(gmail);
    expect(got.name).toBe('flat-elements.xml');
    expect(Number(got.size)).toBe(xml.length);
    expect(got.sha256).toBe(sha256(xml));
    expect(Buffer.from(got.base64!, 'base64').equals(Buffer.from(xml))).toBe(true);
    expect(await panel.getByTestId('compose-status').textContent()).toContain('flat-elements.xml');
  });

  it('Outlook from the recorder side: deeplink compose on the chosen host, drop accepted by its check', async () => {
    await panel.getByTestId('outlook-host').selectOption('outlook.office.com');
    const expected = await preview(panel);
    await panel.getByTestId('compose-outlook').click();
    expect(await composeStatus(panel)).toBe('attached');

    const outlook = await pageOn('outlook.office.com');
    const url = new URL(outlook.url());
    expect(url.pathname).toBe('/mail/deeplink/compose');
    expect(url.searchParams.get('to')).toBe(GLOBAL);
    expect(url.searchParams.get('subject')).toBe(expected.subject);
    expect(await outlook.locator('input[aria-label="Add a subject"]').inputValue()).toBe(expected.subject);
    expect(await outlook.locator(`.persona[title="${GLOBAL}"]`).count()).toBe(1);
    expect(await outlook.locator('[aria-label="Message body"]').innerText()).toContain(
      `Serial number: ${FLAT.serial}`,
    );
    const got = await attachmentIn(outlook);
    expect(got.sha256).toBe(sha256(xml));
    expect(got.name).toBe('flat-elements.xml');
    await outlook.close();
  });

  it("Outlook without a usable drop: the compose's file input takes the file", async () => {
    sim.set({ outlook: 'no-drop' });
    await panel.getByTestId('compose-outlook').click();
    expect(await composeStatus(panel)).toBe('attached');
    expect(await panel.getByTestId('compose-status').getAttribute('data-via')).toBe('file-input');
    const outlook = await pageOn('outlook.office.com');
    expect((await attachmentIn(outlook)).sha256).toBe(sha256(xml));
    await outlook.close();
  });

  it('changed Gmail markup: the driver says why, and each fallback works', async () => {
    for (const p of ext.context.pages()) if (p.url().startsWith('https://mail.google.com/')) await p.close();
    sim.set({ gmail: 'changed' });
    await panel.bringToFront();
    await panel.getByTestId('compose-gmail').click();
    expect(await composeStatus(panel, 60_000)).toMatch(
      /^failed: Gmail: Gmail's markup changed: no compose window and no Compose button/,
    );
    const fallbacks = panel.getByTestId('email-fallbacks');
    expect(await fallbacks.getAttribute('data-suggested')).toBe('true');
    expect(await fallbacks.getAttribute('open')).not.toBeNull();
    const expected = await preview(panel);
    const failedTab = await pageOn('mail.google.com');

    // 1. Compose URL + the XML downloaded unchanged + the full text on the clipboard.
    const download = panel.waitForEvent('download');
    await panel.getByTestId('fallback-gmail').click();
    const xmlDownload = await download;
    expect(xmlDownload.suggestedFilename()).toBe('flat-elements.xml');
    expect(sha256(await bytesOfDownload(xmlDownload))).toBe(sha256(xml));
    const composePage = await pageOn('mail.google.com', [failedTab]);
    const url = new URL(composePage.url());
    expect(url.pathname).toBe('/mail/');
    expect(url.searchParams.get('view')).toBe('cm');
    expect(url.searchParams.get('to')).toBe(GLOBAL);
    expect(url.searchParams.get('su')).toBe(expected.subject);
    expect(url.searchParams.get('body')).toBe(expected.body);
    expect(composePage.url()).not.toContain('+'); // spaces are %20 (reference §4.1)
    await panel.bringToFront();
    expect(await panel.evaluate(() => navigator.clipboard.readText())).toBe(expected.body);
    expect(await panel.getByTestId('fallback-status').textContent()).toMatch(/Drag flat-elements\.xml/);

    // 2. The .eml draft parses back to the same attachment bytes.
    const emlDownload = panel.waitForEvent('download');
    await panel.getByTestId('fallback-eml').click();
    const eml = readFileSync(await (await emlDownload).path(), 'latin1');
    const parsed = parseEml(eml);
    expect(parsed.headers['x-unsent']).toBe('1');
    expect(parsed.headers.to).toBe(`<${GLOBAL}>`);
    expect(parsed.headers.subject).toBe(expected.subject);
    expect(parsed.attachment.filename).toBe('flat-elements.xml');
    expect(parsed.attachment.bytes.equals(Buffer.from(xml))).toBe(true);
    expect(parsed.text).toContain(`Serial number: ${FLAT.serial}`);

    // 3. mailto: with recipient, subject and text.
    const href = (await panel.getByTestId('fallback-mailto').getAttribute('href')) ?? '';
    expect(href.startsWith(`mailto:${GLOBAL}?`)).toBe(true);
    const query = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(query.get('subject')).toBe(expected.subject);
    expect(query.get('body')?.replace(/\r\n/g, '\n')).toBe(expected.body);
  });

  it('changed Outlook markup: the driver says why, and the Outlook compose page fallback works', async () => {
    sim.set({ outlook: 'changed' });
    await panel.bringToFront();
    await panel.getByTestId('compose-outlook').click();
    expect(await composeStatus(panel)).toMatch(
      /^failed: Outlook: Outlook's markup changed: the compose page shows no compose form/,
    );

    // Fallback 1 for Outlook: the deeplink with the whole text, on the chosen host.
    const expected = await preview(panel);
    const download = panel.waitForEvent('download');
    await panel.getByTestId('fallback-outlook').click();
    expect(sha256(await bytesOfDownload(await download))).toBe(sha256(xml));
    const opened = await pageOn('outlook.office.com', [], (u) => (u.searchParams.get('body') ?? '') !== '');
    const url = new URL(opened.url());
    expect(url.searchParams.get('to')).toBe(GLOBAL);
    expect(url.searchParams.get('subject')).toBe(expected.subject);
    expect(url.searchParams.get('body')).toBe(expected.body);
  });

  it('on the Gmail tab itself: support staff pick the XML there and compose in that tab', async () => {
    const gmail = await ext.context.newPage();
    // A URL of its own (second account): tabIdOf() finds tabs by URL.
    await gmail.goto('https://mail.google.com/mail/u/1/#inbox');
    const desk = await ext.context.newPage();
    await desk.goto(`${ext.panelUrl}?tab=${await ext.tabIdOf(gmail)}`);
    // Support staff have no case: leave the technician's hand-entered one.
    await expect
      .poll(
        async () =>
          (await desk.getByTestId('device-title').count()) + (await desk.getByTestId('no-device').count()),
      )
      .toBe(1);
    if ((await desk.getByTestId('no-device').count()) === 0)
      await desk.getByRole('button', { name: '← Another device' }).click();
    await expect.poll(() => desk.getByTestId('webmail-desk').count()).toBe(1);
    await pickXml(desk, FLAT.file);
    await expect.poll(() => desk.getByTestId('xml-kept').count()).toBe(1);
    // No case: the identity comes from the file.
    expect(await desk.getByTestId('email-subject').textContent()).toContain(FLAT.serial);
    expect(await desk.getByTestId('compose-gmail').textContent()).toBe('Compose in this Gmail tab');
    await desk.getByTestId('compose-gmail').click();
    expect(await composeStatus(desk)).toBe('attached');
    expect((await attachmentIn(gmail)).sha256).toBe(sha256(xml));
    await desk.close();
  });
});

/** Just enough MIME to read back a one-attachment draft: headers, the text part, the attachment. */
function parseEml(raw: string) {
  const [head, ...rest] = raw.split('\r\n\r\n');
  const headers: Record<string, string> = {};
  for (const line of head!.replace(/\r\n[ \t]+/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')![1]!;
  const parts = rest
    .join('\r\n\r\n')
    .split(`--${boundary}`)
    .map((p) => p.replace(/^\r\n/, ''))
    .filter((p) => p.trim() !== '' && !p.startsWith('--'));
  const read = (part: string) => {
    const split = part.indexOf('\r\n\r\n');
    return { head: part.slice(0, split), body: part.slice(split + 4) };
  };
  const attachmentPart = parts.map(read).find((p) => /Content-Disposition:\s*attachment/i.test(p.head))!;
  const textPart = parts.map(read).find((p) => /Content-Type:\s*text\/plain/i.test(p.head))!;
  return {
    headers,
    text: textPart.body,
    attachment: {
      filename: /filename="([^"]+)"/.exec(attachmentPart.head)![1],
      bytes: Buffer.from(attachmentPart.body.replace(/\s+/g, ''), 'base64'),
    },
  };
}
