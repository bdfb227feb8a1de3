/**
 * One device's recovery case: who the device is, what we know about it, what the technician
 * answered, which method they chose and how far they got. Updaters are pure: they return a new
 * record (or the same one when nothing changed, so callers can skip a save), and every change a
 * ticket reader would care about is also written to `events`.
 */
import { unknownFacts } from '../knowledge/facts';
import type { DeviceFacts, Situation, SituationKey } from '../knowledge/facts';
import { answerLabel } from '../knowledge/interview';
import { allSteps, getMethod } from '../knowledge/methods/index';
import type { MethodId } from '../knowledge/types';
import { METHOD_IDS } from '../knowledge/types';
import { caseKey, emptyIdentity, IDENTITY_FIELDS, IDENTITY_LABELS, normalizeIdentity } from './identity';
import type { CaseIdentity, IdentityField } from './identity';

export { caseKey } from './identity';
export type { CaseIdentity, IdentityField } from './identity';

export interface StepProgress {
  done: boolean;
  at: number;
}

export type CaseProgress = Record<MethodId, Record<string, StepProgress>>;

/** Who supplied an identity value: the technician, or detection (page, OCR, QR). */
export type ValueOrigin = 'user' | 'detected';

/** A detected value that disagrees with one we keep; shown to the technician to decide. */
export interface IdentityConflict {
  field: IdentityField;
  kept: string;
  offered: string;
  by: ValueOrigin;
  at: number;
}

export interface CaseEvent {
  at: number;
  text: string;
}

export interface CaseRecord {
  key: string;
  createdAt: number;
  updatedAt: number;
  identity: CaseIdentity;
  /** Where each identity value came from; a 'user' value is never overwritten by detection. */
  identityOrigin: Partial<Record<IdentityField, ValueOrigin>>;
  /** Unresolved disagreements between kept and offered identity values. */
  conflicts: IdentityConflict[];
  facts: DeviceFacts;
  situation: Situation;
  chosenMethod: MethodId | null;
  progress: CaseProgress;
  notes: string;
  events: CaseEvent[];
  closedAt: number | null;
}

/** Facts the identity owns: they are copied from `identity` so the two never disagree. */
export type FactsPatch = Partial<Omit<DeviceFacts, 'brand' | 'model'>>;

/** Keeps storage bounded (browser.storage quotas) while holding far more than a ticket needs. */
export const MAX_EVENTS = 500;

/** Serial and MAC name the device itself: a different detected value may be a different device. */
const STRONG_FIELDS: readonly IdentityField[] = ['serial', 'mac'];

export function emptyProgress(): CaseProgress {
  const progress = {} as CaseProgress;
  for (const id of METHOD_IDS) progress[id] = {};
  return progress;
}

function withEvent(record: CaseRecord, text: string, now: number): CaseRecord {
  const events = [...record.events, { at: now, text }];
  return {
    ...record,
    events: events.length > MAX_EVENTS ? events.slice(-MAX_EVENTS) : events,
    updatedAt: now,
  };
}

function syncFacts(record: CaseRecord): CaseRecord {
  const { brand, model } = record.identity;
  if (record.facts.brand === brand && record.facts.model === model) return record;
  return { ...record, facts: { ...record.facts, brand, model } };
}

export interface CreateCaseOptions {
  by?: ValueOrigin;
  facts?: FactsPatch;
  /** Id generator for devices with no serial, MAC or origin (tests pass a fixed one). */
  newId?: () => string;
}

export function createCase(
  identity: Partial<CaseIdentity>,
  now: number,
  options: CreateCaseOptions = {},
): CaseRecord {
  const by = options.by ?? 'detected';
  const clean = normalizeIdentity(identity);
  const full: CaseIdentity = { ...emptyIdentity(), ...clean };
  const identityOrigin: Partial<Record<IdentityField, ValueOrigin>> = {};
  for (const field of IDENTITY_FIELDS) {
    const value = full[field];
    if (value !== null && value !== 'Unknown') identityOrigin[field] = by;
  }
  const record: CaseRecord = {
    key: caseKey(full, options.newId),
    createdAt: now,
    updatedAt: now,
    identity: full,
    identityOrigin,
    conflicts: [],
    facts: { ...unknownFacts(full.brand), ...options.facts, brand: full.brand, model: full.model },
    situation: {},
    chosenMethod: null,
    progress: emptyProgress(),
    notes: '',
    events: [{ at: now, text: 'Case opened' }],
    closedAt: null,
  };
  return record;
}

function describe(value: string | null): string {
  return value === null ? '(empty)' : value;
}

/**
 * Adds identity values. Empty values never erase anything. A value the technician typed is never
 * replaced by detection, and a detected serial or MAC never silently replaces another one: both
 * become a conflict for the technician to resolve. Values typed by the technician always win.
 */
export function mergeIdentity(
  record: CaseRecord,
  patch: Partial<CaseIdentity>,
  by: ValueOrigin,
  now: number,
): CaseRecord {
  const clean = normalizeIdentity(patch);
  let next = record;
  for (const field of IDENTITY_FIELDS) {
    const offered = clean[field];
    if (offered === undefined || offered === null || offered === '' || offered === 'Unknown') continue;
    const kept = next.identity[field];
    const keptOrigin = next.identityOrigin[field];
    if (kept === offered) {
      if (by === 'user' && keptOrigin !== 'user') {
        next = { ...next, identityOrigin: { ...next.identityOrigin, [field]: 'user' } };
      }
      continue;
    }
    const empty = kept === null || kept === 'Unknown';
    const guarded = keptOrigin === 'user' || STRONG_FIELDS.includes(field);
    if (!empty && by === 'detected' && guarded) {
      const known = next.conflicts.some((c) => c.field === field && c.offered === offered);
      if (known) continue;
      const conflict: IdentityConflict = { field, kept: String(kept), offered, by, at: now };
      next = withEvent(
        { ...next, conflicts: [...next.conflicts, conflict] },
        `${IDENTITY_LABELS[field]}: detected ${offered} differs from ${kept}; kept ${kept}`,
        now,
      );
      continue;
    }
    const identity = { ...next.identity, [field]: offered };
    const text = empty
      ? `${IDENTITY_LABELS[field]} set to ${offered} (${by})`
      : `${IDENTITY_LABELS[field]} changed from ${describe(kept)} to ${offered} (${by})`;
    next = withEvent(
      {
        ...next,
        identity,
        identityOrigin: { ...next.identityOrigin, [field]: by },
        // A value the technician typed settles any open question about that field.
        conflicts: by === 'user' ? next.conflicts.filter((c) => c.field !== field) : next.conflicts,
      },
      text,
      now,
    );
  }
  return next === record ? record : syncFacts(next);
}

/** Settles the conflicts on one field: keep the current value, or take the latest offered one. */
export function resolveConflict(
  record: CaseRecord,
  field: IdentityField,
  choice: 'keep' | 'take',
  now: number,
): CaseRecord {
  const open = record.conflicts.filter((c) => c.field === field);
  const latest = open[open.length - 1];
  if (!latest) return record;
  const rest = record.conflicts.filter((c) => c.field !== field);
  if (choice === 'keep') {
    return withEvent(
      {
        ...record,
        conflicts: rest,
        identityOrigin: { ...record.identityOrigin, [field]: 'user' },
      },
      `${IDENTITY_LABELS[field]}: kept ${latest.kept}`,
      now,
    );
  }
  const cleared = { ...record, conflicts: rest };
  return mergeIdentity(cleared, { [field]: latest.offered }, 'user', now);
}

export function setSituation(record: CaseRecord, patch: Situation, now: number): CaseRecord {
  let next = record;
  for (const key of Object.keys(patch) as SituationKey[]) {
    const value = patch[key];
    if (next.situation[key] === value) continue;
    const situation = { ...next.situation } as Record<SituationKey, string | undefined>;
    // Clearing an answer deletes the key: stored JSON then has no `undefined` holes.
    if (value === undefined) delete situation[key];
    else situation[key] = value;
    const label = answerLabel(key, value) ?? 'not answered';
    next = withEvent({ ...next, situation: situation as Situation }, `Answer ${key}: ${label}`, now);
  }
  return next;
}

export function setFacts(record: CaseRecord, patch: FactsPatch, now: number): CaseRecord {
  let next = record;
  for (const key of Object.keys(patch) as (keyof FactsPatch)[]) {
    const value = patch[key];
    if (value === undefined || next.facts[key] === value) continue;
    next = withEvent(
      { ...next, facts: { ...next.facts, [key]: value } },
      `Fact ${key}: ${String(value)}`,
      now,
    );
  }
  return next;
}

export function chooseMethod(record: CaseRecord, method: MethodId | null, now: number): CaseRecord {
  if (record.chosenMethod === method) return record;
  const text = method ? `Chose method: ${getMethod(method).title}` : 'Cleared the chosen method';
  return withEvent({ ...record, chosenMethod: method }, text, now);
}

/**
 * Ticks (or unticks) a step. `done` defaults to flipping the current state. Throws on a step id
 * the method does not have: that is a UI bug, and storing it would make progress unreadable.
 */
export function toggleStep(
  record: CaseRecord,
  method: MethodId,
  stepId: string,
  now: number,
  done?: boolean,
): CaseRecord {
  const step = allSteps(getMethod(method)).find((s) => s.id === stepId);
  if (!step) throw new RangeError(`method ${method} has no step ${stepId}`);
  const current = record.progress[method][stepId]?.done ?? false;
  const value = done ?? !current;
  const progress = {
    ...record.progress,
    [method]: { ...record.progress[method], [stepId]: { done: value, at: now } },
  };
  const verb = value ? 'Done' : 'Not done';
  return withEvent({ ...record, progress }, `${verb}: ${getMethod(method).title} → ${step.title}`, now);
}

/** Notes change on every keystroke, so they bump `updatedAt` without flooding `events`. */
export function setNotes(record: CaseRecord, notes: string, now: number): CaseRecord {
  if (record.notes === notes) return record;
  return { ...record, notes, updatedAt: now };
}

export function closeCase(record: CaseRecord, now: number): CaseRecord {
  if (record.closedAt !== null) return record;
  return withEvent({ ...record, closedAt: now }, 'Case closed', now);
}

export function reopenCase(record: CaseRecord, now: number): CaseRecord {
  if (record.closedAt === null) return record;
  return withEvent({ ...record, closedAt: null }, 'Case reopened', now);
}
