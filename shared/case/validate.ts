/**
 * Reads a stored case defensively. Storage outlives code versions and can be edited or damaged,
 * and the panel must still open: fields that can be repaired are (and each repair is listed so
 * it can be reported); a value without a usable key, identity or timestamps is rejected.
 */
import { isBrand } from '../knowledge/brands';
import { unknownFacts } from '../knowledge/facts';
import type { DeviceFacts, QrVendor, Situation, SituationKey } from '../knowledge/facts';
import { isMethodId } from '../knowledge/methods/index';
import type { DeviceFamily } from '../knowledge/types';
import { METHOD_IDS } from '../knowledge/types';
import { emptyProgress } from './case';
import type { CaseEvent, CaseProgress, CaseRecord, IdentityConflict, ValueOrigin } from './case';
import { IDENTITY_FIELDS } from './identity';
import type { CaseIdentity, IdentityField } from './identity';

export type ParseResult = { ok: true; record: CaseRecord; repairs: string[] } | { ok: false; error: string };

type Obj = Record<string, unknown>;

const FAMILIES: readonly DeviceFamily[] = ['NVR', 'XVR', 'DVR', 'HCVR', 'IVSS', 'EVS', 'IPC'];
const QR_VENDORS: readonly QrVendor[] = ['A1', 'A2', 'B1', 'B2'];
const SITUATION_VALUES: Record<SituationKey, readonly string[]> = {
  mailbox: ['yes', 'no', 'unsure'],
  knowsAnswers: ['yes', 'no', 'unsure'],
  physicalAccess: ['yes', 'no'],
  screwdriver: ['yes', 'no'],
  pcOnLan: ['yes', 'no'],
  warrantyMatters: ['yes', 'no', 'unsure'],
};

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function strOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function boolOrNull(value: unknown): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function parseIdentity(raw: Obj, repairs: string[]): CaseIdentity {
  const brand = isBrand(raw.brand) ? raw.brand : 'Unknown';
  if (raw.brand !== brand) repairs.push(`identity.brand ${JSON.stringify(raw.brand)} → Unknown`);
  const identity: CaseIdentity = {
    brand,
    model: null,
    serial: null,
    mac: null,
    firmware: null,
    origin: null,
    generation: null,
  };
  for (const field of IDENTITY_FIELDS) {
    if (field === 'brand') continue;
    const value = raw[field];
    if (value !== undefined && value !== null && typeof value !== 'string')
      repairs.push(`identity.${field} dropped`);
    identity[field] = strOrNull(value);
  }
  return identity;
}

function parseFacts(raw: unknown, identity: CaseIdentity, repairs: string[]): DeviceFacts {
  const facts = unknownFacts(identity.brand);
  facts.model = identity.model;
  if (!isObj(raw)) {
    if (raw !== undefined) repairs.push('facts reset');
    return facts;
  }
  facts.family = FAMILIES.includes(raw.family as DeviceFamily) ? (raw.family as DeviceFamily) : null;
  facts.initialized = boolOrNull(raw.initialized);
  facts.findContacts = strOrNull(raw.findContacts);
  facts.secretQuestions = boolOrNull(raw.secretQuestions);
  facts.xmlReset = boolOrNull(raw.xmlReset);
  facts.legacyFirmware = boolOrNull(raw.legacyFirmware);
  facts.qrVendor = QR_VENDORS.includes(raw.qrVendor as QrVendor) ? (raw.qrVendor as QrVendor) : null;
  facts.firmwareDate = strOrNull(raw.firmwareDate);
  return facts;
}

function parseSituation(raw: unknown, repairs: string[]): Situation {
  const situation: Record<string, string> = {};
  if (!isObj(raw)) {
    if (raw !== undefined) repairs.push('situation reset');
    return situation;
  }
  for (const key of Object.keys(SITUATION_VALUES) as SituationKey[]) {
    const value = raw[key];
    if (value === undefined) continue;
    if (typeof value === 'string' && SITUATION_VALUES[key].includes(value)) situation[key] = value;
    else repairs.push(`situation.${key} dropped`);
  }
  return situation;
}

function parseProgress(raw: unknown, repairs: string[]): CaseProgress | null {
  const progress = emptyProgress();
  if (raw === undefined) {
    repairs.push('progress missing');
    return progress;
  }
  if (!isObj(raw)) return null;
  for (const id of METHOD_IDS) {
    const steps = raw[id];
    if (steps === undefined) continue;
    if (!isObj(steps)) {
      repairs.push(`progress.${id} reset`);
      continue;
    }
    for (const [stepId, entry] of Object.entries(steps)) {
      if (isObj(entry) && typeof entry.done === 'boolean' && isTime(entry.at)) {
        progress[id][stepId] = { done: entry.done, at: entry.at };
      } else {
        repairs.push(`progress.${id}.${stepId} dropped`);
      }
    }
  }
  return progress;
}

function parseEvents(raw: unknown, repairs: string[]): CaseEvent[] {
  if (!Array.isArray(raw)) {
    if (raw !== undefined) repairs.push('events reset');
    return [];
  }
  const events = raw.filter((e): e is CaseEvent => isObj(e) && isTime(e.at) && typeof e.text === 'string');
  if (events.length !== raw.length) repairs.push(`${raw.length - events.length} event(s) dropped`);
  return events.map((e) => ({ at: e.at, text: e.text }));
}

function parseOrigins(raw: unknown): Partial<Record<IdentityField, ValueOrigin>> {
  const out: Partial<Record<IdentityField, ValueOrigin>> = {};
  if (!isObj(raw)) return out;
  for (const field of IDENTITY_FIELDS) {
    const v = raw[field];
    if (v === 'user' || v === 'detected') out[field] = v;
  }
  return out;
}

function parseConflicts(raw: unknown): IdentityConflict[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(
      (c): c is IdentityConflict =>
        isObj(c) &&
        IDENTITY_FIELDS.includes(c.field as IdentityField) &&
        typeof c.kept === 'string' &&
        typeof c.offered === 'string' &&
        (c.by === 'user' || c.by === 'detected') &&
        isTime(c.at),
    )
    .map((c) => ({ field: c.field, kept: c.kept, offered: c.offered, by: c.by, at: c.at }));
}

export function parseCaseRecord(value: unknown): ParseResult {
  if (!isObj(value)) return { ok: false, error: 'not an object' };
  if (typeof value.key !== 'string' || value.key === '') return { ok: false, error: 'missing key' };
  if (!isTime(value.createdAt)) return { ok: false, error: 'missing createdAt' };
  if (!isObj(value.identity)) return { ok: false, error: 'missing identity' };
  const repairs: string[] = [];
  const updatedAt = isTime(value.updatedAt) ? value.updatedAt : value.createdAt;
  if (updatedAt !== value.updatedAt) repairs.push('updatedAt reset');
  const identity = parseIdentity(value.identity, repairs);
  const progress = parseProgress(value.progress, repairs);
  if (!progress) return { ok: false, error: 'progress is not an object' };
  const chosenMethod = isMethodId(value.chosenMethod) ? value.chosenMethod : null;
  if (value.chosenMethod !== undefined && value.chosenMethod !== null && chosenMethod === null)
    repairs.push('chosenMethod dropped');
  const closedAt = isTime(value.closedAt) ? value.closedAt : null;
  const record: CaseRecord = {
    key: value.key,
    createdAt: value.createdAt,
    updatedAt,
    identity,
    identityOrigin: parseOrigins(value.identityOrigin),
    conflicts: parseConflicts(value.conflicts),
    facts: parseFacts(value.facts, identity, repairs),
    situation: parseSituation(value.situation, repairs),
    chosenMethod,
    progress,
    notes: typeof value.notes === 'string' ? value.notes : '',
    events: parseEvents(value.events, repairs),
    closedAt,
  };
  return { ok: true, record, repairs };
}
