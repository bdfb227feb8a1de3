/**
 * The unauthenticated `/RPC2_Login` "first login" that confirms a candidate page is a
 * Dahua-made device (reference §2), and the parser for its answer.
 */
import { parseMac } from '../identity/mac';

export const CHALLENGE_PATH = '/RPC2_Login';

/** Error codes of the login challenge: 0x1003000F, or 401 on some firmware (reference §2.2). */
const CHALLENGE_CODES = new Set([268632079, 401]);

/** Anything longer is not the small JSON a recorder answers with. */
const MAX_CHALLENGE_CHARS = 64 * 1024;

// Regexes from the reference §2.3.
const SERIAL_REALM = /^Login to ([0-9A-Z]{8,20})$/;
const HIDDEN_REALM = /^Login to [0-9a-f]{32}$/;

export interface ChallengeFacts {
  isDahuaChallenge: true;
  errorCode: number;
  realm: string;
  /** From the realm on older firmware; null when hidden or not serial-shaped. */
  serial: string | null;
  /** The realm carries a 32-hex token instead of the serial (2020+ firmware). */
  realmHidden: boolean;
  /** Normalised 'AA:BB:CC:DD:EE:FF'. */
  mac: string | null;
  /** `params.mac` exactly as sent. */
  macRaw: string | null;
  /** `params.encryption`, e.g. 'Default'. */
  encryption: string | null;
}

/**
 * The request body of the first call, exactly as the web UI sends it.
 *
 * The password is empty on purpose: this is only the first step of the challenge/response
 * and never a real login attempt. No source says whether it counts against
 * `remainLoginTimes` (reference §2 "Lockout" is unknown), so callers send it at most once per
 * page view.
 */
export function buildChallengeBody(clientType = 'Web3.0'): string {
  return JSON.stringify({
    method: 'global.login',
    params: { userName: 'admin', password: '', clientType, loginType: 'Direct' },
    id: 1,
  });
}

/** Facts from a challenge answer, or null when `text` is not a Dahua login challenge. */
export function parseChallenge(text: string): ChallengeFacts | null {
  if (typeof text !== 'string' || text.length > MAX_CHALLENGE_CHARS) return null;
  const body = text.trim();
  if (!body.startsWith('{')) return null;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isRecord(data) || !isRecord(data.error) || !isRecord(data.params)) return null;
  const errorCode = data.error.code;
  const realm = data.params.realm;
  if (typeof errorCode !== 'number' || !CHALLENGE_CODES.has(errorCode)) return null;
  if (typeof realm !== 'string' || !realm.startsWith('Login to ')) return null;

  const macRaw = typeof data.params.mac === 'string' ? data.params.mac : null;
  const encryption = data.params.encryption;
  return {
    isDahuaChallenge: true,
    errorCode,
    realm,
    serial: SERIAL_REALM.exec(realm)?.[1] ?? null,
    realmHidden: HIDDEN_REALM.test(realm),
    mac: macRaw === null ? null : parseMac(macRaw),
    macRaw,
    encryption: typeof encryption === 'string' ? encryption : null,
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
