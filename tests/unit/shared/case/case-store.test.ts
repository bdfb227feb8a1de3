import { describe, expect, it } from 'vitest';
import { createCase, mergeIdentity, setNotes, toggleStep } from '../../../../shared/case/case';
import { CASE_SCHEMA_VERSION, CaseStore } from '../../../../shared/case/case-store';
import type { CaseStoreProblem } from '../../../../shared/case/case-store';
import { MemoryStore } from '../platform/memory-store';
import type { Clock } from '../../../../shared/platform/services';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

function setup() {
  const kv = new MemoryStore();
  let now = T0;
  const clock: Clock = { now: () => now };
  const problems: CaseStoreProblem[] = [];
  const store = new CaseStore(kv, { clock, onProblem: (p) => problems.push(p) });
  return { kv, store, problems, tick: (ms: number) => (now += ms) };
}

describe('CaseStore', () => {
  it('round-trips a case with progress through MemoryStore', async () => {
    const { store, kv } = setup();
    let record = createCase({ brand: 'Dahua', serial: '4H01D66PAJ2FA64' }, T0);
    record = toggleStep(record, 'qr-dmss', 'open-forgot', T0 + 10);
    record = toggleStep(record, 'qr-dmss', 'scan-qr', T0 + 20);
    await store.save(record);

    const loaded = await store.get('sn:4H01D66PAJ2FA64');
    expect(loaded).toEqual(record);
    expect(loaded?.progress['qr-dmss']).toEqual({
      'open-forgot': { done: true, at: T0 + 10 },
      'scan-qr': { done: true, at: T0 + 20 },
    });
    // Stored in a versioned envelope.
    expect(await kv.get('rrc.case.record:sn:4H01D66PAJ2FA64')).toMatchObject({ schema: CASE_SCHEMA_VERSION });
  });

  it('maps a device seen first by origin and later by serial to one case', async () => {
    const { store, tick } = setup();
    const first = await store.open({ origin: 'http://192.168.1.108' });
    expect(first.key).toBe('origin:http://192.168.1.108');
    await store.save(toggleStep(first, 'reset-button', 'unplug', T0 + 1));

    tick(1000);
    const second = await store.open({ origin: 'http://192.168.1.108/', serial: '4h01d66paj2fa64' });
    expect(second.key).toBe(first.key);
    expect(second.identity.serial).toBe('4H01D66PAJ2FA64');
    expect(second.progress['reset-button'].unplug?.done).toBe(true);

    // Later reached at another address (VPN, DHCP): found by serial alone.
    const elsewhere = await store.findByIdentity({ serial: '4H01D66PAJ2FA64', origin: 'http://10.8.0.20' });
    expect(elsewhere?.key).toBe(first.key);
    expect((await store.get('sn:4H01D66PAJ2FA64'))?.key).toBe(first.key);
    expect(await store.list()).toHaveLength(1);
  });

  it('does not merge a different device behind the same reused address', async () => {
    const { store } = setup();
    const a = await store.open({ origin: 'http://192.168.1.108', serial: '4H01D66PAJ2FA64' });
    const b = await store.open({ origin: 'http://192.168.1.108', serial: '6J0DA6EPAJ4FE11' });
    expect(b.key).not.toBe(a.key);
    expect(b.key).toBe('sn:6J0DA6EPAJ4FE11');
    // The address now points at the device most recently seen there.
    expect((await store.findByIdentity({ origin: 'http://192.168.1.108' }))?.key).toBe(b.key);
    expect((await store.findByIdentity({ serial: '4H01D66PAJ2FA64' }))?.key).toBe(a.key);
  });

  it('does not reuse a closed case for an address-only match', async () => {
    const { store } = setup();
    const a = await store.open({ origin: 'http://192.168.1.108' });
    await store.close(a.key);
    expect(await store.findByIdentity({ origin: 'http://192.168.1.108' })).toBeNull();
    const fresh = await store.open({ origin: 'http://192.168.1.108' });
    expect(fresh.closedAt).toBeNull();
  });

  it('keeps user-typed identity when detection disagrees on open()', async () => {
    const { store } = setup();
    const created = await store.open({ serial: '4H01D66PAJ2FA64', model: 'NVR4108HS-4KS2' }, 'user');
    const again = await store.open({ serial: '4H01D66PAJ2FA64', model: 'NVR4104HS-4KS2' });
    expect(again.key).toBe(created.key);
    expect(again.identity.model).toBe('NVR4108HS-4KS2');
    expect(again.conflicts).toHaveLength(1);
  });

  it('reports corrupt values without throwing, and skips them in list()', async () => {
    const { store, kv, problems } = setup();
    await store.save(createCase({ serial: '4H01D66PAJ2FA64' }, T0));
    await kv.set('rrc.case.record:sn:BROKEN', { schema: 1, record: 'garbage' });
    await kv.set('rrc.case.record:sn:NOKEY', { schema: 1, record: { createdAt: 1, identity: {} } });

    expect(await store.get('sn:BROKEN')).toBeNull();
    expect(problems.at(-1)).toMatchObject({ kind: 'corrupt', storageKey: 'rrc.case.record:sn:BROKEN' });

    const { records, problems: found } = await store.scan();
    expect(records.map((r) => r.key)).toEqual(['sn:4H01D66PAJ2FA64']);
    expect(found.map((p) => [p.kind, p.detail])).toEqual([
      ['corrupt', 'not an object'],
      ['corrupt', 'missing key'],
    ]);
  });

  it('repairs damaged fields, and reports the repair', async () => {
    const { store, kv, problems } = setup();
    const good = createCase({ serial: '4H01D66PAJ2FA64' }, T0);
    const damaged = {
      ...good,
      situation: { mailbox: 'maybe', pcOnLan: 'yes' },
      progress: {
        'qr-dmss': { 'open-forgot': { done: 'yes' } },
        'reset-button': { unplug: { done: true, at: 5 } },
      },
      events: [{ at: 1, text: 'ok' }, null],
      chosenMethod: 'hack-it',
    };
    await kv.set('rrc.case.record:sn:4H01D66PAJ2FA64', { schema: 1, record: damaged });
    const loaded = await store.get('sn:4H01D66PAJ2FA64');
    expect(loaded?.situation).toEqual({ pcOnLan: 'yes' });
    expect(loaded?.progress['qr-dmss']).toEqual({});
    expect(loaded?.progress['reset-button']).toEqual({ unplug: { done: true, at: 5 } });
    expect(loaded?.events).toEqual([{ at: 1, text: 'ok' }]);
    expect(loaded?.chosenMethod).toBeNull();
    expect(problems[0]?.kind).toBe('repaired');
    expect(problems[0]?.detail).toMatch(/situation\.mailbox dropped/);
  });

  it('copies a corrupt value aside before overwriting it', async () => {
    const { store, kv } = setup();
    await kv.set('rrc.case.record:sn:4H01D66PAJ2FA64', 'not json we understand');
    await store.save(createCase({ serial: '4H01D66PAJ2FA64' }, T0));
    expect(await kv.get(`rrc.case.corrupt:sn:4H01D66PAJ2FA64@${T0}`)).toBe('not json we understand');
    expect(await store.get('sn:4H01D66PAJ2FA64')).not.toBeNull();
  });

  it('runs migrations for older schemas and refuses newer ones', async () => {
    const kv = new MemoryStore();
    const problems: CaseStoreProblem[] = [];
    const store = new CaseStore(kv, {
      clock: { now: () => T0 },
      onProblem: (p) => problems.push(p),
      // Pretend schema 0 called the notes field `comment`.
      migrations: {
        0: (old) => {
          const { comment, ...rest } = old as { comment?: string };
          return { ...rest, notes: comment ?? '' };
        },
      },
    });
    const legacy = { ...createCase({ serial: '4H01D66PAJ2FA64' }, T0), comment: 'from v0' } as Record<
      string,
      unknown
    >;
    delete legacy.notes;
    await kv.set('rrc.case.record:sn:4H01D66PAJ2FA64', legacy); // bare record = schema 0
    expect((await store.get('sn:4H01D66PAJ2FA64'))?.notes).toBe('from v0');

    await kv.set('rrc.case.record:sn:FUTURE', { schema: CASE_SCHEMA_VERSION + 1, record: {} });
    expect(await store.get('sn:FUTURE')).toBeNull();
    expect(problems.at(-1)?.kind).toBe('newer-schema');

    const failing = new CaseStore(kv, {
      migrations: {
        0: () => {
          throw new Error('boom');
        },
      },
    });
    const { problems: found } = await failing.scan();
    expect(found.map((p) => p.kind)).toContain('migration-failed');
  });

  it('closes cases and lists the most recently updated first', async () => {
    const { store, tick } = setup();
    const a = await store.save(createCase({ serial: 'AAAAAAAAAAAAAAA' }, T0));
    const b = await store.save(setNotes(createCase({ serial: 'BBBBBBBBBBBBBBB' }, T0), 'x', T0 + 50));
    tick(100);
    const closed = await store.close(a.key);
    expect(closed?.closedAt).toBe(T0 + 100);
    expect(closed?.events.at(-1)?.text).toBe('Case closed');
    expect((await store.list()).map((r) => r.key)).toEqual([a.key, b.key]);
    expect(await store.close('sn:NOPE')).toBeNull();
  });

  it('reports a serial or MAC that moves between two cases', async () => {
    const { store, problems } = setup();
    const byMac = await store.open({ mac: 'BC:32:5F:AF:53:32' });
    expect(byMac.key).toBe('mac:BC325FAF5332');
    // A second case, typed in by serial, turns out to carry the same MAC.
    const bySerial = await store.save(createCase({ serial: '4H01D66PAJ2FA64', mac: 'BC325FAF5332' }, T0));
    expect(problems.map((p) => p.detail)).toEqual([
      `mac:BC325FAF5332 moved from case ${byMac.key} to ${bySerial.key}`,
    ]);
    expect((await store.findByIdentity({ mac: 'BC325FAF5332' }))?.key).toBe(bySerial.key);
    // The original key still opens its own case.
    expect((await store.get(byMac.key))?.key).toBe(byMac.key);

    await store.save(mergeIdentity(byMac, { serial: '4H01D66PAJ2FA64' }, 'user', T0 + 1));
    expect(problems.at(-1)).toMatchObject({
      kind: 'alias-moved',
      detail: `sn:4H01D66PAJ2FA64 moved from case ${bySerial.key} to ${byMac.key}`,
    });
  });

  it('refuses to save an invalid record and removes a case with its aliases', async () => {
    const { store, kv } = setup();
    await expect(store.save({ key: '' } as never)).rejects.toThrow(TypeError);
    const record = await store.open({ origin: 'http://10.0.0.9', serial: '4H01D66PAJ2FA64' });
    await store.remove(record.key);
    expect(await store.get(record.key)).toBeNull();
    expect(await kv.keys('rrc.case.alias:')).toEqual([]);
  });
});
