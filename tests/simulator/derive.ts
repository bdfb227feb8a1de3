/**
 * Deterministic per-device values (realm token, nonces, sessions, e-mail mask …).
 *
 * Everything is a hash of the device plus a counter, never Math.random(): a failing e2e run
 * must be reproducible, and screenshots of the local GUI must not change between runs.
 */
import { createHash } from 'node:crypto';
import type { SimDevice } from './devices';

export function hashHex(algorithm: 'md5' | 'sha1' | 'sha256', ...parts: (string | number)[]): string {
  return createHash(algorithm).update(parts.join('|')).digest('hex');
}

/** `length` random-looking bytes: SHA-256 in counter mode over the seed. */
export function deterministicBytes(seed: string, length: number): Buffer {
  const blocks: Buffer[] = [];
  for (let i = 0; blocks.length * 32 < length; i++) {
    blocks.push(createHash('sha256').update(`${seed}#${i}`).digest());
  }
  return Buffer.concat(blocks).subarray(0, length);
}

/** A 32-bit unsigned integer from the hash of the parts. */
export function hashUint32(...parts: (string | number)[]): number {
  return Number.parseInt(hashHex('sha256', ...parts).slice(0, 8), 16);
}

/**
 * The 32-hex realm token of 2020+ firmware. How the real one is derived is undocumented
 * (reference §2.3); here it is a stable hash so the detector cannot read the serial out of it.
 */
export function hiddenRealmToken(d: SimDevice): string {
  return hashHex('md5', 'realm', d.serial, d.mac);
}

export function loginRealm(d: SimDevice): string {
  return `Login to ${d.realm === 'serial' ? d.serial : hiddenRealmToken(d)}`;
}

/** 40 hex, "unique for each device but not random" (DahuaConsole comment). */
export function authorizationFor(d: SimDevice): string {
  return hashHex('sha1', 'authorization', d.serial);
}

/** Decimal nonce like the real samples ("3734299", "1753753988"). */
export function randomFor(d: SimDevice, n: number): string {
  return String(hashUint32('random', d.id, n) % 2_000_000_000);
}

/** Older firmware sends an integer session, newer a 32-hex string (fixture 02). */
export function sessionFor(d: SimDevice, n: number): number | string {
  if (d.realm === 'hidden') return hashHex('md5', 'session', d.id, n);
  return (hashUint32('session', d.id, n) % 2_000_000_000) + 1;
}

export function opaqueFor(d: SimDevice, n: number): string {
  return hashHex('sha1', 'opaque', d.id, n);
}

/** 'jsmith@example.com' → 'j***@example.com' (the UIs only show a hint of the address). */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return email === '' ? '' : '***';
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** '3CEF8C0A5B17' → '3C:EF:8C:0A:5B:17' */
export function macWithColons(mac: string): string {
  return mac.match(/.{2}/g)?.join(':') ?? mac;
}

/**
 * Unix time of the web build: the build date at a fixed time of day, so Last-Modified and
 * the Etag's epoch agree as in the real capture (fixture 01).
 */
export function buildEpoch(d: SimDevice): number {
  const ms = Date.parse(`${d.buildDate}T16:32:26Z`);
  return Number.isNaN(ms) ? 1542904346 : Math.floor(ms / 1000);
}

/** Short lower-hex content hash, as webpack puts into chunk file names. */
export function contentHash(content: string | Buffer, length = 8): string {
  return createHash('md5').update(content).digest('hex').slice(0, length);
}
