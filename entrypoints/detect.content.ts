/**
 * The full detector. Injected by the background only into frames where the tiny always-on
 * gate (webext/gate.ts) saw Dahua-like hints; ordinary pages never load this code.
 * It scores the page's signatures, and pages with only weak hints are watched (for a few
 * seconds) for a login form rendered by JavaScript.
 *
 * Network: at most ONE same-origin `POST /RPC2_Login` first step (empty password, never a
 * login) per page view, only on candidate or certain pages. Nothing else is sent unless the
 * technician opens the guide (then a read-only DevInit.getStatus).
 */
import { browser } from 'wxt/browser';
import { collectPageSignals } from '../shared/detection/collect';
import { readIdentityFromDom } from '../shared/detection/dom-identity';
import { quickGate, WATCH_LIMIT_MS } from '../shared/detection/quick-gate';
import { scoreSignals } from '../shared/detection/score';
import type { Verdict } from '../shared/detection/types';
import {
  buildChallengeBody,
  CHALLENGE_PATH,
  parseChallenge,
  type ChallengeFacts,
} from '../shared/device/challenge';
import { buildDevInitStatusBody, OUTSIDE_CMD_PATH, parseDevInitStatus } from '../shared/device/devinit';
import {
  isFrameRequest,
  type ContentProtocol,
  type DetectionReport,
  type FrameProtocol,
} from '../webext/messages';
import { answerWith, dispatch, sender, type Handlers } from '../webext/protocol';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const REQUEST_TIMEOUT_MS = 4000;
let listening = false;
const RESCORE_DEBOUNCE_MS = 250;

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  main(ctx) {
    // Injected once per frame; a second injection (background restarted) must not re-run.
    const marker = globalThis as { __rrcDetectRan?: boolean };
    if (marker.__rrcDetectRan) return;
    marker.__rrcDetectRan = true;
    const gate = quickGate(document, location.href);
    if (gate === 'none') return;

    let challengeSent = false;
    let done = false;

    const evaluate = async (): Promise<void> => {
      if (done) return;
      const verdict = scoreSignals(collectPageSignals(document, location.href));
      if (verdict.level === 'none') return;
      if (challengeSent) return;
      // Decided enough to ask the device once; stop watching either way.
      challengeSent = true;
      done = true;
      observer?.disconnect();
      const challenge = await askChallengeOnce();
      if (verdict.level === 'candidate' && !challenge) return; // not a recorder after all
      await report(verdict, challenge);
      if (gate === 'watch') followIdentity(ctx, verdict, challenge);
    };

    let observer: MutationObserver | undefined;
    void evaluate();
    if (gate === 'watch' && !done) {
      // Web 5.0 renders its login form with JavaScript after load: look again on DOM
      // changes, debounced, for a bounded time only.
      let timer: number | undefined;
      observer = new MutationObserver(() => {
        if (timer !== undefined) return;
        timer = ctx.setTimeout(() => {
          timer = undefined;
          void evaluate();
        }, RESCORE_DEBOUNCE_MS);
      });
      observer.observe(document.documentElement, { childList: true, subtree: true });
      ctx.setTimeout(() => observer?.disconnect(), WATCH_LIMIT_MS);
      ctx.onInvalidated(() => observer?.disconnect());
    }
  },
});

/**
 * A JavaScript-rendered UI may show the model and firmware only after we reported. Re-read
 * what the page shows on DOM changes for a bounded time and report again when it grows
 * (no network request: this only reads the page).
 */
function followIdentity(ctx: ContentScriptContext, verdict: Verdict, challenge: ChallengeFacts | null): void {
  let known = JSON.stringify(readIdentityFromDom(document));
  let timer: number | undefined;
  const observer = new MutationObserver(() => {
    if (timer !== undefined) return;
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const now = JSON.stringify(readIdentityFromDom(document));
      if (now === known) return;
      known = now;
      void report(verdict, challenge);
    }, RESCORE_DEBOUNCE_MS);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.setTimeout(() => observer.disconnect(), WATCH_LIMIT_MS);
  ctx.onInvalidated(() => observer.disconnect());
}

async function askChallengeOnce(): Promise<ChallengeFacts | null> {
  const clientType = document.querySelector('script[src*="/static/js/"]') ? 'Web5.0' : 'Web3.0';
  const text = await postSameOrigin(CHALLENGE_PATH, buildChallengeBody(clientType));
  return text === null ? null : parseChallenge(text);
}

/** POST to this frame's own origin; null on any failure. No cookies: we never join a session. */
async function postSameOrigin(path: string, body: string): Promise<string | null> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), REQUEST_TIMEOUT_MS);
  try {
    const response = await fetch(new URL(path, location.origin).href, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'error',
      signal: abort.signal,
    });
    return await response.text();
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

const toBackground = sender<ContentProtocol>((message) => browser.runtime.sendMessage(message));

async function report(verdict: Verdict, challenge: ChallengeFacts | null): Promise<void> {
  const detection: DetectionReport = {
    origin: location.origin,
    url: location.href,
    level: verdict.level === 'certain' ? 'certain' : 'confirmed',
    generation: verdict.generation,
    brand: verdict.brand,
    matched: verdict.matched,
    challenge,
    dom: readIdentityFromDom(document),
    at: Date.now(),
  };
  if (!listening) listenToPanel();
  listening = true;
  await toBackground('detected', { report: detection }).catch(() => undefined);
}

/** After a detection, the guide may ask this frame for the device's reset status. */
function listenToPanel(): void {
  const handlers: Handlers<FrameProtocol> = {
    'read-device-status': async () => {
      const text = await postSameOrigin(OUTSIDE_CMD_PATH, buildDevInitStatusBody());
      return { status: text === null ? null : parseDevInitStatus(text), dom: readIdentityFromDom(document) };
    },
  };
  answerWith(browser.runtime.onMessage, (message, from) =>
    // Only our own extension pages (no tab) may ask.
    isFrameRequest(message, from, browser.runtime.id) ? dispatch(handlers, message, undefined) : undefined,
  );
}
