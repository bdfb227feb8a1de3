/**
 * Device identity and the keys cases are stored under. A case must follow the device, not the
 * browser tab: the serial is the best key (printed on the label, survives re-addressing), the
 * MAC next, the page origin only as a last resort (192.168.1.108 is every Dahua's factory IP,
 * so many devices share it).
 */
import { FIELD_LABELS } from '../identity/fields';
import { macKey } from '../identity/mac';
import { serialKey } from '../identity/serial';
import type { Brand } from '../knowledge/types';

export interface CaseIdentity {
  brand: Brand;
  model: string | null;
  serial: string | null;
  mac: string | null;
  firmware: string | null;
  /** Page origin the device was seen at, e.g. `http://192.168.1.108`. */
  origin: string | null;
  /** Web UI generation as detected (e.g. 'Web3.0', 'Web5.0'). */
  generation: string | null;
}

export type IdentityField = keyof CaseIdentity;

export const IDENTITY_FIELDS: readonly IdentityField[] = [
  'brand',
  'model',
  'serial',
  'mac',
  'firmware',
  'origin',
  'generation',
];

/** How each identity field is named to people (events, summaries, UIs). */
export const IDENTITY_LABELS: Readonly<Record<IdentityField, string>> = {
  ...FIELD_LABELS,
  brand: 'Brand',
  origin: 'Address',
  generation: 'Web UI generation',
};

export function emptyIdentity(brand: Brand = 'Unknown'): CaseIdentity {
  return { brand, model: null, serial: null, mac: null, firmware: null, origin: null, generation: null };
}

/** `scheme://host[:port]`, lower-case, default ports dropped; free text that is not a URL is kept trimmed. */
export function normalizeOrigin(origin: string | null | undefined): string | null {
  if (!origin) return null;
  const trimmed = origin.trim();
  if (trimmed === '') return null;
  try {
    const url = new URL(trimmed.includes('://') ? trimmed : `http://${trimmed}`);
    return url.origin === 'null' ? trimmed.toLowerCase() : url.origin;
  } catch {
    return trimmed.toLowerCase();
  }
}

/** A (partial) identity with serial and MAC as their keys and the origin normalised: the stored form. */
export function normalizeIdentity<T extends Partial<CaseIdentity>>(identity: T): T {
  const out = { ...identity };
  if (identity.serial !== undefined) out.serial = serialKey(identity.serial);
  if (identity.mac !== undefined) out.mac = macKey(identity.mac);
  if (identity.origin !== undefined) out.origin = normalizeOrigin(identity.origin);
  return out;
}

/** Every stored alias of an identity, strongest first. */
export function identityAliases(identity: Partial<CaseIdentity>): string[] {
  const serial = serialKey(identity.serial);
  const mac = macKey(identity.mac);
  const origin = normalizeOrigin(identity.origin);
  return [serial && `sn:${serial}`, mac && `mac:${mac}`, origin && `origin:${origin}`].filter(
    (a): a is string => typeof a === 'string',
  );
}

function defaultId(): string {
  // globalThis.crypto exists in browsers, extension workers and Node 20; no platform import needed.
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c?.randomUUID) return c.randomUUID();
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The key a new case is stored under: serial, else MAC, else origin, else a generated manual id.
 * It is chosen once, when the case is created; identifiers learnt later become aliases, so the
 * key (and the technician's progress) stays put.
 */
export function caseKey(identity: Partial<CaseIdentity>, newId: () => string = defaultId): string {
  return identityAliases(identity)[0] ?? `manual:${newId()}`;
}
