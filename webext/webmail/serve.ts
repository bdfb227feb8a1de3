/**
 * Wires a webmail content script to the side panel: it answers pings (so the panel knows the
 * tab is ready) and runs one compose at a time. Messages from anything but our own extension
 * pages are ignored (webext/messages.ts).
 */
import { browser } from 'wxt/browser';
import { isWebmailRequest, type WebmailPong, type WebmailResult } from '../messages';
import { driveCompose } from './driver';
import type { WebmailProfile } from './profile';

export function serveWebmail(profile: WebmailProfile): void {
  let busy = false;
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isWebmailRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (message.type === 'webmail-ping') {
      const pong: WebmailPong = { provider: profile.provider };
      return Promise.resolve(pong);
    }
    if (busy) {
      const result: WebmailResult = {
        ok: false,
        provider: profile.provider,
        stage: 'compose',
        reason: `Already filling a ${profile.label} compose in this tab; wait for it to finish.`,
      };
      return Promise.resolve(result);
    }
    busy = true;
    return driveCompose(profile, message.compose).finally(() => {
      busy = false;
    });
  });
}
