/**
 * Probes one recorder address from a computer on the site's network (the CLI, or the VS Code
 * extension host on the site PC through Remote-SSH), read-only:
 *
 * 1. `GET /` (one same-host redirect followed at most), scored with the page signatures;
 * 2. at most ONE `POST /RPC2_Login` first step (empty password, `buildChallengeBody`): the
 *    device introduces itself (realm, MAC). It is never a login attempt, and no second step
 *    is ever sent;
 * 3. `POST /OutsideCmd` `DevInit.getStatus`: init state and reset contacts, only once the
 *    device is known to be Dahua-made.
 *
 * Never `PasswdFind.*` (getDescript regenerates the reset QR and can invalidate the code on
 * the technician's screen), never `/RPC2`, never `/cgi-bin` (Digest prompts), nothing that
 * changes state.
 */
import { dahuaFlag, decideByAnswer, type ChallengeAnswer } from '../detection/decide';
import { scoreSignals } from '../detection/score';
import { buildChallengeBody, CHALLENGE_PATH, parseChallenge, type ChallengeFacts } from '../device/challenge';
import {
  buildDevInitStatusBody,
  OUTSIDE_CMD_PATH,
  parseDevInitStatus,
  type DevInitStatus,
} from '../device/devinit';
import type { HttpClient, HttpResponse } from '../platform/services';
import { normaliseAddress, type RecorderAddress } from './address';
import { identityFromFooter } from './footer-identity';
import { signalsFromHtml } from './html-signals';
import { describeNetworkError } from './network-error';
import { resetContactLetters } from './reset-contacts';
import type { ProbeOptions, ProbeResult } from './types';

export const DEFAULT_PROBE_TIMEOUT_MS = 5000;

const JSON_HEADERS = { 'Content-Type': 'application/json', Accept: 'application/json, text/plain, */*' };

/** Throws AddressError for an address that is not one; everything else ends up in the result. */
export async function probeRecorder(
  address: string,
  http: HttpClient,
  opts: ProbeOptions = {},
): Promise<ProbeResult> {
  let target = normaliseAddress(address);
  const timeoutMs = opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const result = emptyResult(target.origin);
  const send = async (
    method: 'GET' | 'POST',
    path: string,
    label: string,
    body?: string,
  ): Promise<HttpResponse> => {
    result.requests.push(`${method} ${target.origin}${path}${label ? ` ${label}` : ''}`);
    return http.request({
      url: target.origin + path,
      method,
      timeoutMs,
      ...(body === undefined
        ? { headers: { Accept: 'text/html,application/xhtml+xml,*/*' } }
        : { headers: JSON_HEADERS, body }),
    });
  };

  // 1. The login page.
  let page: HttpResponse;
  try {
    page = await send('GET', '/', '');
  } catch (error) {
    const problem = describeNetworkError(error, target.origin);
    result.errors.push(problem.message);
    result.failure = problem.kind;
    return result;
  }
  result.reachable = true;
  const next = sameHostRedirect(target, page);
  if (next) {
    result.evidence.push(`${target.origin}/ redirects to ${next.origin}${next.path}; followed once.`);
    const previous = target;
    try {
      target = next.address;
      page = await send('GET', next.path, '');
      result.address = target.origin;
    } catch (error) {
      // Judge the redirect answer itself; the challenge still goes to the address given.
      target = previous;
      result.errors.push(`Redirect: ${describeNetworkError(error, next.origin).message}`);
    }
  }

  const html = looksLikeHtml(page) ? page.text : '';
  const signals = signalsFromHtml(html, `${target.origin}/`, page.headers);
  const verdict = scoreSignals(signals);
  result.verdict = { level: verdict.level, score: verdict.score, matched: verdict.matched };
  result.title = signals.title || null;
  const vetoed = verdict.matched.includes('negative-dvr-netview');
  result.evidence.push(describePage(page, verdict.level, verdict.score, verdict.matched, html !== ''));

  // 2. One login challenge: when the page shows any evidence, or shows no page to judge. A page
  // with nothing Dahua-like on it gets no POST at all.
  let challenge: ChallengeFacts | null = null;
  // What the device said to the challenge decides (shared/detection/decide.ts); absent = no answer.
  let answered: ChallengeAnswer = { kind: 'absent' };
  if (!vetoed && (verdict.score > 0 || html === '' || page.status !== 200)) {
    const clientType = verdict.generation === 'web5' ? 'Web5.0' : 'Web3.0';
    try {
      const answer = await send(
        'POST',
        CHALLENGE_PATH,
        '(global.login first step, empty password)',
        buildChallengeBody(clientType),
      );
      challenge = parseChallenge(answer.text);
      answered = { kind: 'answered', status: answer.status, dahuaShaped: challenge !== null };
      result.challengeStatus = answer.status;
      result.evidence.push(
        challenge
          ? `${CHALLENGE_PATH} answered with a Dahua login challenge (error ${challenge.errorCode}, realm "${challenge.realm}").`
          : `${CHALLENGE_PATH} answered HTTP ${answer.status} without a Dahua login challenge.`,
      );
    } catch (error) {
      result.errors.push(`Login challenge: ${describeNetworkError(error, target.origin).message}`);
    }
  } else if (vetoed) {
    result.evidence.push(
      'The page is an old Lorex "DVR NetView" recorder, which is not Dahua-made: nothing else was asked.',
    );
  }

  result.dahua = vetoed ? false : dahuaFlag(decideByAnswer(verdict.level, answered));
  if (result.dahua !== false) {
    result.brand = verdict.brand;
    result.generation = verdict.generation;
    const identity = identityFromFooter(signals.footerText);
    result.model = identity.model;
    result.firmware = identity.firmware;
  }
  if (challenge) {
    result.serial = challenge.serial;
    result.mac = challenge.mac;
    result.realmHidden = challenge.realmHidden;
    if (challenge.realmHidden)
      result.evidence.push(
        'The realm hides the serial (2020+ firmware): read it from the label, the local GUI or a screenshot.',
      );
  }

  // 3. Read-only reset status, only for a device known (or, unanswered, probably) Dahua-made.
  if (result.dahua !== false) {
    try {
      const answer = await send(
        'POST',
        OUTSIDE_CMD_PATH,
        'DevInit.getStatus (read-only)',
        buildDevInitStatusBody(),
      );
      const status = parseDevInitStatus(answer.text);
      applyStatus(result, status);
      result.evidence.push(
        status
          ? `DevInit.getStatus: ${status.initialized === null ? 'init state not reported' : status.initialized ? 'initialised' : 'factory-fresh (not initialised)'}, Find "${status.find ?? ''}".`
          : `DevInit.getStatus answered HTTP ${answer.status} without a status.`,
      );
    } catch (error) {
      result.errors.push(`Reset status: ${describeNetworkError(error, target.origin).message}`);
    }
  }
  return result;
}

/** Only the read-only status, for the guide's "read the device again" (no challenge, no page). */
export async function readResetStatus(
  origin: string,
  http: HttpClient,
  opts: ProbeOptions = {},
): Promise<DevInitStatus | null> {
  const target = normaliseAddress(origin);
  try {
    const answer = await http.request({
      url: target.origin + OUTSIDE_CMD_PATH,
      method: 'POST',
      headers: JSON_HEADERS,
      body: buildDevInitStatusBody(),
      timeoutMs: opts.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS,
    });
    return parseDevInitStatus(answer.text);
  } catch {
    return null;
  }
}

function emptyResult(address: string): ProbeResult {
  return {
    address,
    reachable: false,
    dahua: false,
    challengeStatus: null,
    brand: null,
    generation: null,
    model: null,
    firmware: null,
    serial: null,
    mac: null,
    initialized: null,
    resetContacts: [],
    realmHidden: null,
    title: null,
    deviceStatus: null,
    verdict: { level: 'none', score: 0, matched: [] },
    requests: [],
    evidence: [],
    errors: [],
    failure: null,
  };
}

function applyStatus(result: ProbeResult, status: DevInitStatus | null): void {
  if (!status) return;
  result.deviceStatus = status;
  result.initialized = status.initialized;
  result.resetContacts = resetContactLetters(status.find);
}

function looksLikeHtml(page: HttpResponse): boolean {
  const type = page.headers['content-type'] ?? '';
  return /html|xml/i.test(type) || /^\s*</.test(page.text.slice(0, 256));
}

/**
 * A redirect of `/` to the same host (http → https, or to a login path) is followed once:
 * some firmware answers `/` with 302. A redirect to another host is not followed: the probe
 * talks to the address it was given and nothing else.
 */
function sameHostRedirect(
  from: RecorderAddress,
  page: HttpResponse,
): { address: RecorderAddress; origin: string; path: string } | null {
  if (page.status < 300 || page.status > 399) return null;
  const location = page.headers.location;
  if (!location) return null;
  let url: URL;
  try {
    url = new URL(location, `${from.origin}/`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.hostname.replace(/^\[|\]$/g, '').toLowerCase() !== from.host) return null;
  const path = (url.pathname || '/') + url.search;
  if (url.origin === from.origin && path === '/') return null;
  return { address: normaliseAddress(url.origin), origin: url.origin, path };
}

function describePage(
  page: HttpResponse,
  level: string,
  score: number,
  matched: string[],
  isHtml: boolean,
): string {
  if (!isHtml) return `GET / answered HTTP ${page.status} without an HTML page.`;
  const why = matched.length > 0 ? `matched ${matched.join(', ')}` : 'no recorder signature matched';
  return `GET / answered HTTP ${page.status}; page verdict ${level} (score ${score}): ${why}.`;
}
