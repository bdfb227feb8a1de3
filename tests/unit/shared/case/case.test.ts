import { describe, expect, it } from 'vitest';
import {
  caseKey,
  chooseMethod,
  closeCase,
  createCase,
  mergeIdentity,
  reopenCase,
  resolveConflict,
  setFacts,
  setNotes,
  setSituation,
  toggleStep,
} from '../../../../shared/case/case';
import { identityAliases, normalizeOrigin } from '../../../../shared/case/identity';
import { macKey } from '../../../../shared/identity/mac';
import { serialKey } from '../../../../shared/identity/serial';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

describe('identity normalisation and case keys', () => {
  it('normalises serials, MACs and origins', () => {
    expect(serialKey(' 4h01-d66p aj2fa64 ')).toBe('4H01D66PAJ2FA64');
    expect(serialKey('  ')).toBeNull();
    expect(macKey('3c:ef:8c:61:01:c0')).toBe('3CEF8C6101C0');
    expect(macKey('38AF29BBBCAB')).toBe('38AF29BBBCAB');
    expect(macKey('not a mac at all')).toBeNull();
    expect(macKey('3C:EF:8C:61:01')).toBeNull();
    expect(normalizeOrigin('HTTP://192.168.1.108:80/doc/page/login.asp')).toBe('http://192.168.1.108');
    expect(normalizeOrigin('192.168.1.108:8080')).toBe('http://192.168.1.108:8080');
  });

  it('prefers serial, then MAC, then origin, then a generated manual id', () => {
    const full = { serial: '4h01d66paj2fa64', mac: '38:af:29:bb:bc:ab', origin: 'http://10.0.0.5' };
    expect(caseKey(full)).toBe('sn:4H01D66PAJ2FA64');
    expect(caseKey({ ...full, serial: null })).toBe('mac:38AF29BBBCAB');
    expect(caseKey({ origin: 'http://10.0.0.5/' })).toBe('origin:http://10.0.0.5');
    expect(caseKey({}, () => 'abc')).toBe('manual:abc');
    expect(caseKey({})).toMatch(/^manual:.+/);
    expect(identityAliases(full)).toEqual([
      'sn:4H01D66PAJ2FA64',
      'mac:38AF29BBBCAB',
      'origin:http://10.0.0.5',
    ]);
  });
});

describe('createCase', () => {
  it('starts an empty, open case keyed by the best identifier', () => {
    const record = createCase({ brand: 'Lorex', origin: 'http://10.0.0.5', model: 'LNR6100' }, T0);
    expect(record.key).toBe('origin:http://10.0.0.5');
    expect(record.identity).toMatchObject({ brand: 'Lorex', model: 'LNR6100', serial: null });
    expect(record.facts).toMatchObject({ brand: 'Lorex', model: 'LNR6100', initialized: null });
    expect(record.identityOrigin).toEqual({ brand: 'detected', model: 'detected', origin: 'detected' });
    expect(record.progress['qr-dmss']).toEqual({});
    expect(record.closedAt).toBeNull();
    expect(record.events).toEqual([{ at: T0, text: 'Case opened' }]);
  });
});

describe('pure updaters', () => {
  const base = createCase({ brand: 'Dahua', serial: '4H01D66PAJ2FA64' }, T0);

  it('toggleStep flips and sets progress with a timestamp, without touching the input', () => {
    const one = toggleStep(base, 'qr-dmss', 'open-forgot', T0 + 1000);
    expect(one.progress['qr-dmss']['open-forgot']).toEqual({ done: true, at: T0 + 1000 });
    expect(base.progress['qr-dmss']).toEqual({});
    expect(one.updatedAt).toBe(T0 + 1000);
    expect(one.events.at(-1)?.text).toBe('Done: QR code + DMSS / Easy4ip app → Open "Forgot password"');

    const two = toggleStep(one, 'qr-dmss', 'open-forgot', T0 + 2000);
    expect(two.progress['qr-dmss']['open-forgot']).toEqual({ done: false, at: T0 + 2000 });
    const forced = toggleStep(two, 'qr-dmss', 'open-forgot', T0 + 3000, true);
    expect(forced.progress['qr-dmss']['open-forgot']?.done).toBe(true);
  });

  it('toggleStep accepts variant step ids and rejects unknown ones', () => {
    expect(
      toggleStep(base, 'reset-button', 'amcrest-hold', T0).progress['reset-button']['amcrest-hold']?.done,
    ).toBe(true);
    expect(() => toggleStep(base, 'qr-dmss', 'no-such-step', T0)).toThrow(RangeError);
  });

  it('setSituation records answers, clears with undefined, and is a no-op when unchanged', () => {
    const answered = setSituation(base, { mailbox: 'no', physicalAccess: 'yes' }, T0 + 5);
    expect(answered.situation).toEqual({ mailbox: 'no', physicalAccess: 'yes' });
    expect(answered.events.at(-1)?.text).toBe('Answer physicalAccess: Yes, I am on site');
    expect(setSituation(answered, { mailbox: 'no' }, T0 + 6)).toBe(answered);
    const cleared = setSituation(answered, { mailbox: undefined }, T0 + 7);
    expect('mailbox' in cleared.situation).toBe(false);
  });

  it('setFacts, chooseMethod, setNotes, close and reopen', () => {
    const withFacts = setFacts(base, { findContacts: 'AB', xmlReset: true }, T0 + 1);
    expect(withFacts.facts).toMatchObject({ findContacts: 'AB', xmlReset: true, brand: 'Dahua' });
    const chosen = chooseMethod(withFacts, 'xml-configtool', T0 + 2);
    expect(chosen.chosenMethod).toBe('xml-configtool');
    expect(chosen.events.at(-1)?.text).toBe('Chose method: ConfigTool XML file + Dahua support');
    const noted = setNotes(chosen, 'Owner: Mr Smith', T0 + 3);
    expect(noted.notes).toBe('Owner: Mr Smith');
    expect(noted.events.length).toBe(chosen.events.length);
    const closed = closeCase(noted, T0 + 4);
    expect(closed.closedAt).toBe(T0 + 4);
    expect(reopenCase(closed, T0 + 5).closedAt).toBeNull();
  });
});

describe('mergeIdentity', () => {
  it('fills empty fields and keeps facts in sync', () => {
    const record = createCase({ origin: 'http://10.0.0.5' }, T0);
    const merged = mergeIdentity(
      record,
      { serial: '4h01d66paj2fa64', brand: 'Amcrest', model: 'NV5216' },
      'detected',
      T0 + 1,
    );
    expect(merged.identity).toMatchObject({ serial: '4H01D66PAJ2FA64', brand: 'Amcrest', model: 'NV5216' });
    expect(merged.facts).toMatchObject({ brand: 'Amcrest', model: 'NV5216' });
    expect(merged.key).toBe(record.key);
    expect(merged.events.map((e) => e.text)).toContain('Serial set to 4H01D66PAJ2FA64 (detected)');
  });

  it('never lets detection overwrite a value the technician typed: it records a conflict', () => {
    const typed = mergeIdentity(
      createCase({}, T0, { newId: () => 'x' }),
      { model: 'XVR5108HS-I3' },
      'user',
      T0 + 1,
    );
    expect(typed.identityOrigin.model).toBe('user');
    const detected = mergeIdentity(typed, { model: 'XVR5108HS-I2' }, 'detected', T0 + 2);
    expect(detected.identity.model).toBe('XVR5108HS-I3');
    expect(detected.conflicts).toEqual([
      { field: 'model', kept: 'XVR5108HS-I3', offered: 'XVR5108HS-I2', by: 'detected', at: T0 + 2 },
    ]);
    expect(detected.events.at(-1)?.text).toMatch(
      /detected XVR5108HS-I2 differs from XVR5108HS-I3; kept XVR5108HS-I3/,
    );
    // Detection runs on every page view: the same disagreement is recorded once.
    expect(mergeIdentity(detected, { model: 'XVR5108HS-I2' }, 'detected', T0 + 3)).toBe(detected);
  });

  it('treats a different detected serial as a conflict even if the first was detected too', () => {
    const record = createCase({ serial: '4H01D66PAJ2FA64' }, T0);
    const next = mergeIdentity(record, { serial: '6J0DA6EPAJ4FE11' }, 'detected', T0 + 1);
    expect(next.identity.serial).toBe('4H01D66PAJ2FA64');
    expect(next.conflicts[0]?.field).toBe('serial');
  });

  it('lets detected non-identity values update (firmware upgrade) and the user override anything', () => {
    const record = createCase({ serial: '4H01D66PAJ2FA64', firmware: '4.001' }, T0);
    expect(mergeIdentity(record, { firmware: '4.002' }, 'detected', T0 + 1).identity.firmware).toBe('4.002');
    const typed = mergeIdentity(record, { serial: '4H01D66PAJ2FA6A' }, 'user', T0 + 1);
    expect(typed.identity.serial).toBe('4H01D66PAJ2FA6A');
    expect(typed.events.at(-1)?.text).toBe('Serial changed from 4H01D66PAJ2FA64 to 4H01D66PAJ2FA6A (user)');
  });

  it('never erases with empty values and returns the same object when nothing changes', () => {
    const record = createCase({ serial: '4H01D66PAJ2FA64', brand: 'Dahua' }, T0);
    expect(
      mergeIdentity(record, { serial: null, brand: 'Unknown', model: undefined }, 'detected', T0 + 1),
    ).toBe(record);
    expect(mergeIdentity(record, { serial: '4h01d66paj2fa64' }, 'detected', T0 + 1)).toBe(record);
  });

  it('resolveConflict keeps or takes the offered value', () => {
    const typed = mergeIdentity(
      createCase({ serial: '4H01D66PAJ2FA64' }, T0),
      { mac: 'BC325FAF5332' },
      'user',
      T0,
    );
    const conflicted = mergeIdentity(typed, { mac: '38AF29BBBCAB' }, 'detected', T0 + 1);
    const kept = resolveConflict(conflicted, 'mac', 'keep', T0 + 2);
    expect(kept.identity.mac).toBe('BC325FAF5332');
    expect(kept.conflicts).toEqual([]);
    const taken = resolveConflict(conflicted, 'mac', 'take', T0 + 2);
    expect(taken.identity.mac).toBe('38AF29BBBCAB');
    expect(taken.identityOrigin.mac).toBe('user');
    expect(taken.conflicts).toEqual([]);
  });
});
