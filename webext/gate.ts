/**
 * The always-on gate: runs on every http(s) page and frame, so it is deliberately tiny and
 * does no work on ordinary pages. `quickGate` looks at the title, the host name and a few
 * script/link URLs; only when those look Dahua-like does it ask the background to inject the
 * full detector (detect.content.ts) into this frame. It sends nothing over the network.
 *
 * It talks to the runtime directly instead of through webextension-polyfill, to keep this
 * bundle small: both browsers' native `runtime.sendMessage` return a promise here.
 */
import { quickGate } from '../shared/detection/quick-gate';
import type { ContentProtocol } from './messages';
import type { Request } from './protocol';

type Runtime = { sendMessage(message: unknown): Promise<unknown> };
declare const chrome: { runtime: Runtime } | undefined;
declare const browser: { runtime: Runtime } | undefined;

// Bundled by esbuild on its own (see wxt.config.ts) rather than as a WXT entry point: WXT's
// wrappers pull in webextension-polyfill (~10 kB) and this file runs on every page.
const decision = quickGate(document, location.href);
if (decision !== 'none') {
  const runtime = (typeof browser !== 'undefined' ? browser : chrome)?.runtime;
  const message: Request<ContentProtocol, 'gate-passed'> = { type: 'gate-passed', decision };
  void runtime?.sendMessage(message).catch(() => undefined);
}
