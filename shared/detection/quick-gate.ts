/**
 * The first, cheapest look at a page: does it deserve collectPageSignals at all?
 *
 * Reads the title, the host name, the first few script srcs and link hrefs and two element
 * ids. Ordinary pages answer 'none' here and cost nothing more.
 *
 * - 'scan': structural markers are already in the static HTML; collect and score once.
 * - 'watch': only weak hints (the WEB SERVICE title, a Dahua DDNS host) and no password
 *   field yet. The login form may still be rendered by JavaScript (Web 5.0 SPA), so collect
 *   and score now and, unless certain, again on DOM changes for at most WATCH_LIMIT_MS.
 * - 'none': leave the page alone.
 */
import { attr, firstElements, hasPasswordInput, hostOf } from './dom-read';
import { LIMITS } from './limits';

export type GateDecision = 'none' | 'scan' | 'watch';

/** How long a 'watch' page is observed for a JS-rendered login form. */
export const WATCH_LIMIT_MS = 15_000;

const STRONG_PATH = /(?:^|\/)(?:jsBase|baseProj|app\/plugin|custom_logo)\/|(?:^|\/)(?:flir_)?webplugin\.exe/;
const STRONG_IDS = ['t_username', 'slct_userType'];
const WEAK_TITLE = /^WEB SERVICE$/i;
const DDNS_HOST = /(?:^|\.)(?:dahuaddns|quickddns)\.com$/;
const NEGATIVE_TITLE = /DVR\s*Net\s*View/i;

export function quickGate(doc: Document, url: string): GateDecision {
  const title = doc.title.trim().slice(0, LIMITS.titleChars);
  if (NEGATIVE_TITLE.test(title)) return 'none';
  if (hasStrongMarker(doc)) return 'scan';
  const weak = WEAK_TITLE.test(title) || DDNS_HOST.test(hostOf(url));
  if (!weak) return 'none';
  return hasPasswordInput(doc, LIMITS.fieldsPerTag) ? 'scan' : 'watch';
}

function hasStrongMarker(doc: Document): boolean {
  const srcs = firstElements(doc, 'script', LIMITS.gateScripts).map((script) => attr(script, 'src') ?? '');
  const hrefs = firstElements(doc, 'link', LIMITS.gateLinks).map((link) => attr(link, 'href') ?? '');
  return (
    [...srcs, ...hrefs].some((value) => STRONG_PATH.test(value)) ||
    STRONG_IDS.some((id) => doc.getElementById(id) !== null)
  );
}
