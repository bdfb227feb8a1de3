/**
 * Cases persisted over a KeyValueStore (browser.storage.local, VS Code globalState, a JSON file).
 *
 * Layout, under a configurable prefix:
 *   `<prefix>record:<case key>`  → `{ schema, record }` envelope (schema-versioned)
 *   `<prefix>alias:<alias>`      → case key, for every serial / MAC / origin the case has shown
 *   `<prefix>corrupt:<key>@<t>`  → a damaged value, copied aside before it is overwritten
 *
 * Aliases are one key each (not one index object) so two extension contexts saving different
 * cases never overwrite each other's index. A device first seen by its address and later by its
 * serial keeps its original case key; the serial becomes an alias pointing at it.
 *
 * Damaged values never throw out of a read: they are reported through `onProblem` (and `scan`)
 * and skipped, so the panel still opens.
 */
import { macKey } from '../identity/mac';
import { serialKey } from '../identity/serial';
import type { Clock, KeyValueStore } from '../platform/services';
import { systemClock } from '../platform/services';
import { closeCase, createCase, mergeIdentity } from './case';
import type { CaseRecord, ValueOrigin } from './case';
import { identityAliases } from './identity';
import type { CaseIdentity } from './identity';
import { parseCaseRecord } from './validate';

/** Bump when CaseRecord changes shape, and register a migration from the previous version. */
export const CASE_SCHEMA_VERSION = 1;

/** Upgrades a stored record from schema `n` to `n + 1` (registered under `n`). Throw to reject it. */
export type CaseMigration = (record: unknown) => unknown;

export type CaseProblemKind = 'corrupt' | 'repaired' | 'newer-schema' | 'migration-failed' | 'alias-moved';

export interface CaseStoreProblem {
  kind: CaseProblemKind;
  storageKey: string;
  detail: string;
}

export interface CaseStoreOptions {
  clock?: Clock;
  /** Storage key prefix, so the cases can share a store with other data. */
  prefix?: string;
  migrations?: Readonly<Record<number, CaseMigration>>;
  onProblem?: (problem: CaseStoreProblem) => void;
}

interface Envelope {
  schema: number;
  record: unknown;
}

/** A decoded value: the record when readable, and whatever is worth reporting either way. */
interface Decoded {
  record: CaseRecord | null;
  problems: CaseStoreProblem[];
}

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Envelope).schema === 'number' &&
    'record' in value
  );
}

export class CaseStore {
  private readonly clock: Clock;
  private readonly prefix: string;
  private readonly migrations: Readonly<Record<number, CaseMigration>>;
  private readonly onProblem: (problem: CaseStoreProblem) => void;

  constructor(
    private readonly kv: KeyValueStore,
    options: CaseStoreOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.prefix = options.prefix ?? 'rrc.case.';
    this.migrations = options.migrations ?? {};
    this.onProblem = options.onProblem ?? (() => {});
  }

  private recordKey(key: string): string {
    return `${this.prefix}record:${key}`;
  }

  private aliasKey(alias: string): string {
    return `${this.prefix}alias:${alias}`;
  }

  /** Upgrades and validates one stored value; never throws for bad data. */
  private decode(storageKey: string, stored: unknown): Decoded {
    const fail = (kind: CaseProblemKind, detail: string): Decoded => ({
      record: null,
      problems: [{ kind, storageKey, detail }],
    });
    // A bare record (no envelope) predates versioning: treat it as schema 0.
    let schema = isEnvelope(stored) ? stored.schema : 0;
    let data = isEnvelope(stored) ? stored.record : stored;
    if (schema > CASE_SCHEMA_VERSION) {
      // Written by a newer build (e.g. the VS Code extension updated first): leave it untouched.
      return fail(
        'newer-schema',
        `stored with schema ${schema}, this build reads up to ${CASE_SCHEMA_VERSION}`,
      );
    }
    while (schema < CASE_SCHEMA_VERSION) {
      const migrate = this.migrations[schema];
      // Schema 0 had the same shape as schema 1; without a registered migration, validation decides.
      if (migrate) {
        try {
          data = migrate(data);
        } catch (error) {
          return fail('migration-failed', `schema ${schema}: ${String(error)}`);
        }
      }
      schema += 1;
    }
    const parsed = parseCaseRecord(data);
    if (!parsed.ok) return fail('corrupt', parsed.error);
    const problems: CaseStoreProblem[] =
      parsed.repairs.length > 0 ? [{ kind: 'repaired', storageKey, detail: parsed.repairs.join('; ') }] : [];
    return { record: parsed.record, problems };
  }

  /** Reads one stored value by storage key. */
  private async read(storageKey: string): Promise<Decoded> {
    let stored: unknown;
    try {
      stored = await this.kv.get<unknown>(storageKey);
    } catch (error) {
      return {
        record: null,
        problems: [{ kind: 'corrupt', storageKey, detail: `read failed: ${String(error)}` }],
      };
    }
    if (stored === undefined) return { record: null, problems: [] };
    return this.decode(storageKey, stored);
  }

  private async load(key: string): Promise<CaseRecord | null> {
    const { record, problems } = await this.read(this.recordKey(key));
    for (const problem of problems) this.onProblem(problem);
    return record;
  }

  private async aliasTarget(alias: string): Promise<string | null> {
    const target = await this.kv.get<unknown>(this.aliasKey(alias)).catch(() => undefined);
    return typeof target === 'string' && target !== '' ? target : null;
  }

  private async hasRecord(key: string): Promise<boolean> {
    return (await this.kv.get<unknown>(this.recordKey(key)).catch(() => undefined)) !== undefined;
  }

  /** The case stored under `key`, or the case `key` is an alias of; null if none (or damaged). */
  async get(key: string): Promise<CaseRecord | null> {
    const direct = await this.load(key);
    if (direct) return direct;
    const target = await this.aliasTarget(key);
    return target && target !== key ? this.load(target) : null;
  }

  /** Writes the record and points its serial / MAC / origin aliases at it. Returns what was stored. */
  async save(record: CaseRecord): Promise<CaseRecord> {
    const parsed = parseCaseRecord(record);
    if (!parsed.ok) throw new TypeError(`refusing to save an invalid case: ${parsed.error}`);
    const storageKey = this.recordKey(record.key);
    const previous = await this.kv.get<unknown>(storageKey).catch(() => undefined);
    // Keep damaged data aside rather than destroy it: it may hold a technician's notes.
    if (previous !== undefined && this.decode(storageKey, previous).record === null) {
      await this.kv.set(`${this.prefix}corrupt:${record.key}@${this.clock.now()}`, previous);
    }
    const envelope: Envelope = { schema: CASE_SCHEMA_VERSION, record: parsed.record };
    await this.kv.set(storageKey, envelope);
    for (const alias of identityAliases(record.identity)) {
      if (alias === record.key) continue;
      const target = await this.aliasTarget(alias);
      if (target === record.key) continue;
      // The alias may also be another case's own key (that case was created from it).
      const owner = target ?? ((await this.hasRecord(alias)) ? alias : null);
      // Addresses are reused by other devices all the time; a serial or MAC moving is news.
      if (owner !== null && !alias.startsWith('origin:')) {
        this.onProblem({
          kind: 'alias-moved',
          storageKey: this.aliasKey(alias),
          detail: `${alias} moved from case ${owner} to ${record.key}`,
        });
      }
      await this.kv.set(this.aliasKey(alias), record.key);
    }
    return parsed.record;
  }

  /** Every readable case (most recently updated first) plus the problems met on the way. */
  async scan(): Promise<{ records: CaseRecord[]; problems: CaseStoreProblem[] }> {
    const problems: CaseStoreProblem[] = [];
    const records: CaseRecord[] = [];
    for (const storageKey of await this.kv.keys(this.recordKey(''))) {
      const decoded = await this.read(storageKey);
      problems.push(...decoded.problems);
      if (decoded.record) records.push(decoded.record);
    }
    for (const problem of problems) this.onProblem(problem);
    records.sort((a, b) => b.updatedAt - a.updatedAt || a.key.localeCompare(b.key));
    return { records, problems };
  }

  async list(): Promise<CaseRecord[]> {
    return (await this.scan()).records;
  }

  /** Resolves a lookup alias: the alias index first (its latest owner), then a case stored under it. */
  private async resolve(alias: string): Promise<CaseRecord | null> {
    const target = await this.aliasTarget(alias);
    if (target) {
      const viaAlias = await this.load(target);
      if (viaAlias) return viaAlias;
    }
    return this.load(alias);
  }

  /**
   * The one case for this device, or null. Serial, then MAC, then origin. A candidate whose own
   * serial or MAC disagrees with the partial identity is a different device and is skipped. An
   * origin-only match must be an open case: addresses (192.168.1.108 above all) get reused.
   */
  async findByIdentity(partial: Partial<CaseIdentity>): Promise<CaseRecord | null> {
    const serial = serialKey(partial.serial);
    const mac = macKey(partial.mac);
    const compatible = (r: CaseRecord): boolean =>
      !(serial && r.identity.serial && serialKey(r.identity.serial) !== serial) &&
      !(mac && r.identity.mac && macKey(r.identity.mac) !== mac);
    for (const alias of identityAliases(partial)) {
      const found = await this.resolve(alias);
      if (!found || !compatible(found)) continue;
      if (alias.startsWith('origin:') && found.closedAt !== null) continue;
      return found;
    }
    return null;
  }

  /**
   * The case for this device, created if needed, with the identity merged in (detected values
   * never overwrite what the technician typed). Saves only when something changed.
   */
  async open(identity: Partial<CaseIdentity>, by: ValueOrigin = 'detected'): Promise<CaseRecord> {
    const now = this.clock.now();
    const found = await this.findByIdentity(identity);
    if (!found) return this.save(createCase(identity, now, { by }));
    const merged = mergeIdentity(found, identity, by, now);
    return merged === found ? found : this.save(merged);
  }

  /** Marks the case closed; null if there is no such case. */
  async close(key: string): Promise<CaseRecord | null> {
    const record = await this.get(key);
    if (!record) return null;
    const closed = closeCase(record, this.clock.now());
    return closed === record ? record : this.save(closed);
  }

  /** Deletes a case and the aliases that point at it. */
  async remove(key: string): Promise<void> {
    const record = await this.get(key);
    const primary = record?.key ?? key;
    await this.kv.remove(this.recordKey(primary));
    for (const aliasStorageKey of await this.kv.keys(`${this.prefix}alias:`)) {
      if ((await this.kv.get<unknown>(aliasStorageKey)) === primary) await this.kv.remove(aliasStorageKey);
    }
  }
}
