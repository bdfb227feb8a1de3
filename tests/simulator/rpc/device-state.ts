/** Mutable per-device state behind the RPC answers (counters, lockout). */

/** Failed logins allowed before the account locks (the manuals say 5). */
export const LOGIN_ATTEMPTS = 5;
/** Lock duration after the last attempt (about 300 s per the H5 NVR notes; manuals: 5 min). */
export const LOCK_SECONDS = 300;

export interface DeviceState {
  /** /RPC2_Login first calls answered; seeds random/session. */
  challenges: number;
  /** Reset blobs issued; seeds the next one so each is fresh. */
  descripts: number;
  remainLoginTimes: number;
  /** ms epoch; 0 when not locked. */
  lockedUntil: number;
  /** Digest challenges sent by /cgi-bin/*; seeds their nonces. */
  digestNonces: number;
}

export function newDeviceState(): DeviceState {
  return { challenges: 0, descripts: 0, remainLoginTimes: LOGIN_ATTEMPTS, lockedUntil: 0, digestNonces: 0 };
}

export function resetDeviceState(s: DeviceState): void {
  Object.assign(s, newDeviceState());
}
