/**
 * `DevInit.getStatus` on the unauthenticated `/OutsideCmd` endpoint: a read-only question the
 * recorder's own web UI asks before login. It tells whether the device is initialised and
 * which reset contacts it supports. (Reference: dahua-recorders.md §3.1 and NetSDK
 * `byInitStatus` / `byPwdResetWay` bit layouts.)
 *
 * Never send `PasswdFind.getDescript` from here: it regenerates the reset QR, which can
 * invalidate the code on the technician's screen.
 */
export const OUTSIDE_CMD_PATH = '/OutsideCmd';

export function buildDevInitStatusBody(id = 1): string {
  return JSON.stringify({ method: 'DevInit.getStatus', params: null, id });
}

export interface DevInitStatus {
  /** true initialised, false factory-fresh, null when the answer does not say. */
  initialized: boolean | null;
  /** Reset contact letters as the device reports them, e.g. "AB" ('B' = e-mail); null if absent. */
  find: string | null;
  secretQuestions: boolean | null;
  /** Reset by XML file (ConfigTool export), from the PwdResetWay bit 2 when present. */
  xmlReset: boolean | null;
  /** false when the device says password reset is switched off (byInitStatus bits 6–7 = 1). */
  resetSupported: boolean | null;
  raw: Record<string, unknown>;
}

const MAX_ANSWER = 64 * 1024;

/** Parse the answer; null when it is not a DevInit.getStatus answer at all. */
export function parseDevInitStatus(text: string): DevInitStatus | null {
  if (text.length > MAX_ANSWER) return null;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const params = (json as { params?: unknown }).params;
  if (!params || typeof params !== 'object') return null;
  const p = params as Record<string, unknown>;
  if (!('Init' in p) && !('Find' in p)) return null;

  const init = typeof p.Init === 'number' ? p.Init : null;
  const low = init === null ? null : init & 0b11;
  const resetBits = init === null ? null : (init >> 6) & 0b11;
  const way = typeof p.PwdResetWay === 'number' ? p.PwdResetWay : null;
  return {
    initialized: low === 2 ? true : low === 1 ? false : null,
    find: typeof p.Find === 'string' ? p.Find : null,
    secretQuestions: typeof p.SecretQuestion === 'boolean' ? p.SecretQuestion : null,
    xmlReset: way === null ? null : (way & 0b100) !== 0,
    resetSupported: resetBits === 1 ? false : resetBits === 2 ? true : null,
    raw: p,
  };
}
