/**
 * Wires a webmail content script to the side panel: it answers pings (so the panel knows the
 * tab is ready) and runs one compose at a time. Messages from anything but our own extension
 * pages are ignored (webext/messages.ts).
 */
import { browser } from 'wxt/browser';
import { isWebmailRequest, type WebmailProtocol } from '../messages';
import { answerWith, dispatch, type Handlers } from '../protocol';
import { driveCompose } from './driver';
import type { WebmailProfile } from './profile';

export function serveWebmail(profile: WebmailProfile): void {
  let busy = false;
  const handlers: Handlers<WebmailProtocol> = {
    'webmail-ping': () => ({ provider: profile.provider }),
    'webmail-compose': async ({ compose }) => {
      if (busy) {
        return {
          ok: false,
          provider: profile.provider,
          stage: 'compose',
          reason: `Already filling a ${profile.label} compose in this tab; wait for it to finish.`,
        };
      }
      busy = true;
      try {
        return await driveCompose(profile, compose);
      } finally {
        busy = false;
      }
    },
  };
  answerWith(browser.runtime.onMessage, (message, sender) =>
    isWebmailRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'))
      ? dispatch(handlers, message, undefined)
      : undefined,
  );
}
