/**
 * The sender allow-lists: the background and the webmail driver obey only the right senders.
 * Page-side messages must come from our content script in a real tab; panel-side messages and
 * webmail commands only from our own extension pages.
 */
import { describe, expect, it } from 'vitest';
import { backgroundRequest, isWebmailRequest } from '../../../webext/messages';

const isAllowedSender = (...args: Parameters<typeof backgroundRequest>) =>
  backgroundRequest(...args) !== null;

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const contentScript = { id: ID, url: 'http://192.168.1.108/', tab: { id: 7 }, frameId: 0 };
const panel = { id: ID, url: `${ORIGIN}sidepanel.html` };
const otherExtension = { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/x.html' };

describe('backgroundRequest (background)', () => {
  it('accepts page-side messages only from our content scripts in a tab', () => {
    for (const type of ['gate-passed', 'detected', 'open-guide', 'get-own-detection']) {
      expect(isAllowedSender({ type }, contentScript, ID, ORIGIN)).toBe(true);
      expect(isAllowedSender({ type }, panel, ID, ORIGIN)).toBe(false);
      expect(isAllowedSender({ type }, { ...contentScript, tab: undefined }, ID, ORIGIN)).toBe(false);
      expect(isAllowedSender({ type }, { ...contentScript, id: 'other' }, ID, ORIGIN)).toBe(false);
    }
  });

  it('accepts panel messages only from our own pages', () => {
    expect(isAllowedSender({ type: 'get-tab-state', tabId: 7 }, panel, ID, ORIGIN)).toBe(true);
    expect(isAllowedSender({ type: 'get-tab-state', tabId: 7 }, contentScript, ID, ORIGIN)).toBe(false);
    expect(isAllowedSender({ type: 'get-tab-state', tabId: 7 }, otherExtension, ID, ORIGIN)).toBe(false);
  });

  it("names the sender's tab and frame for page-side messages, nothing for panel ones", () => {
    const report = { type: 'detected', report: {} };
    expect(backgroundRequest(report, { ...contentScript, frameId: 3 }, ID, ORIGIN)).toEqual({
      from: 'tab',
      request: report,
      tab: { tabId: 7, frameId: 3 },
    });
    const ask = { type: 'get-tab-state', tabId: 7 };
    expect(backgroundRequest(ask, panel, ID, ORIGIN)).toEqual({ from: 'page', request: ask });
  });

  it('rejects unknown types and non-objects', () => {
    expect(isAllowedSender({ type: 'eval' }, panel, ID, ORIGIN)).toBe(false);
    expect(isAllowedSender('detected', contentScript, ID, ORIGIN)).toBe(false);
    expect(isAllowedSender(null, contentScript, ID, ORIGIN)).toBe(false);
  });
});

describe('isWebmailRequest (webmail content script)', () => {
  const compose = {
    to: 'support_rpwd@global.dahuatech.com',
    subject: 'Password reset request',
    body: 'Serial: 4L09D33PAZDB440',
    attachment: { name: 'export.xml', mime: 'application/xml', base64: 'PHhtbC8+', size: 7 },
  };

  it('obeys our panel', () => {
    expect(isWebmailRequest({ type: 'webmail-ping' }, panel, ID, ORIGIN)).toBe(true);
    expect(isWebmailRequest({ type: 'webmail-compose', compose }, panel, ID, ORIGIN)).toBe(true);
  });

  it('ignores other content scripts, other extensions and malformed commands', () => {
    expect(isWebmailRequest({ type: 'webmail-ping' }, contentScript, ID, ORIGIN)).toBe(false);
    expect(isWebmailRequest({ type: 'webmail-compose', compose }, contentScript, ID, ORIGIN)).toBe(false);
    expect(isWebmailRequest({ type: 'webmail-ping' }, otherExtension, ID, ORIGIN)).toBe(false);
    expect(
      isWebmailRequest({ type: 'webmail-compose', compose: { ...compose, to: 42 } }, panel, ID, ORIGIN),
    ).toBe(false);
    expect(isWebmailRequest({ type: 'webmail-compose' }, panel, ID, ORIGIN)).toBe(false);
  });
});
