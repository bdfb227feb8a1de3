import { describe, expect, it } from 'vitest';
import { unknownFacts } from '../../../../shared/knowledge/facts';
import type { DeviceFacts, Situation } from '../../../../shared/knowledge/facts';
import { interviewQuestions, pendingQuestions, rankMethods } from '../../../../shared/knowledge/rank';
import type { RankedMethod } from '../../../../shared/knowledge/rank';
import type { MethodId } from '../../../../shared/knowledge/types';
import { METHOD_IDS } from '../../../../shared/knowledge/types';

function facts(patch: Partial<DeviceFacts> = {}): DeviceFacts {
  return { ...unknownFacts('Dahua'), initialized: true, ...patch };
}

function byId(ranked: RankedMethod[], id: MethodId): RankedMethod {
  const found = ranked.find((r) => r.method === id);
  expect(found).toBeDefined();
  return found!;
}

function order(ranked: RankedMethod[]): MethodId[] {
  return ranked.map((r) => r.method);
}

describe('rankMethods', () => {
  it('returns every method once, ranked 1..n', () => {
    const ranked = rankMethods(facts(), {});
    expect(order(ranked).sort()).toEqual([...METHOD_IDS].sort());
    expect(ranked.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('uninitialised device: initialisation first, everything else unavailable', () => {
    const ranked = rankMethods(facts({ initialized: false }), { mailbox: 'yes', physicalAccess: 'yes' });
    expect(ranked[0]).toMatchObject({ method: 'device-init', rank: 1, status: 'recommended' });
    expect(ranked[0]?.reasons[0]).toMatch(/factory state.*no password to reset/);
    for (const r of ranked.slice(1)) {
      expect(r.status).toBe('unavailable');
      expect(r.reasons.join(' ')).toMatch(/not initialised/);
    }
  });

  it('mailbox yes + Find AB: QR first and recommended, with the deciding facts as reasons', () => {
    const ranked = rankMethods(facts({ findContacts: 'AB', family: 'NVR' }), { mailbox: 'yes' });
    const qr = ranked[0]!;
    expect(qr.method).toBe('qr-dmss');
    expect(qr.status).toBe('recommended');
    expect(qr.reasons).toContain('Device reports e-mail reset contact (Find: AB)');
    expect(qr.reasons.join(' ')).toMatch(/You can read the recovery mailbox/);
    expect(byId(ranked, 'device-init').status).toBe('unavailable');
  });

  it('no mailbox, answers known, NVR: security questions first', () => {
    const ranked = rankMethods(facts({ family: 'NVR' }), { mailbox: 'no', knowsAnswers: 'yes' });
    expect(ranked[0]?.method).toBe('security-questions');
    expect(ranked[0]?.status).toBe('recommended');
    expect(ranked[0]?.reasons).toContain('You know the security-question answers');
    expect(ranked[0]?.reasons).toContain('NVR local GUI offers security questions');
    const qr = byId(ranked, 'qr-dmss');
    expect(qr.status).toBe('unlikely');
    expect(qr.reasons.join(' ')).toMatch(/You have no access to the recovery mailbox/);
  });

  it('nothing known but physical access: the reset button', () => {
    const situation: Situation = {
      mailbox: 'no',
      knowsAnswers: 'no',
      physicalAccess: 'yes',
      screwdriver: 'yes',
      pcOnLan: 'no',
    };
    const ranked = rankMethods(facts(), situation);
    expect(ranked[0]?.method).toBe('reset-button');
    expect(ranked[0]?.reasons).toContain('You have physical access to the recorder');
    expect(ranked[0]?.reasons.join(' ')).toMatch(/Not all recorder models have a mainboard reset button/);
    for (const id of ['qr-dmss', 'security-questions', 'xml-configtool'] as const) {
      expect(byId(ranked, id).status).toBe('unlikely');
    }
  });

  it('PC on LAN + XML support, no mailbox or answers: warranty decides XML vs button', () => {
    const device = facts({ xmlReset: true, family: 'XVR', model: 'XVR5108HS-I3' });
    const base: Situation = {
      mailbox: 'no',
      knowsAnswers: 'no',
      physicalAccess: 'yes',
      screwdriver: 'yes',
      pcOnLan: 'yes',
    };
    const careful = rankMethods(device, { ...base, warrantyMatters: 'yes' });
    expect(order(careful).indexOf('xml-configtool')).toBeLessThan(order(careful).indexOf('reset-button'));
    expect(careful[0]?.method).toBe('xml-configtool');
    expect(careful[0]?.reasons).toContain('Device advertises XML reset (byPwdResetWay bit 2)');
    expect(byId(careful, 'reset-button').reasons).toContain(
      'Warranty matters: opening the case may break warranty seals',
    );
    expect(byId(careful, 'reset-button').reasons.join(' ')).toContain('XVR5108HS-I3');

    const relaxed = rankMethods(device, { ...base, warrantyMatters: 'no' });
    expect(relaxed[0]?.method).toBe('reset-button');
  });

  it('a Find value without B makes QR unlikely even with the mailbox', () => {
    const qr = byId(rankMethods(facts({ findContacts: 'A' }), { mailbox: 'yes' }), 'qr-dmss');
    expect(qr.status).toBe('unlikely');
    expect(qr.reasons).toContain('Device does not report e-mail as a reset contact (Find: A)');
  });

  it('hard facts set floors: no questions set, no XML support, no physical access', () => {
    const ranked = rankMethods(facts({ secretQuestions: false, xmlReset: false }), {
      knowsAnswers: 'yes',
      pcOnLan: 'yes',
      physicalAccess: 'no',
    });
    expect(byId(ranked, 'security-questions').status).toBe('unavailable');
    expect(byId(ranked, 'xml-configtool').status).toBe('unavailable');
    expect(byId(ranked, 'reset-button').status).toBe('unavailable');
    expect(byId(ranked, 'reset-button').score).toBe(0);
  });

  it('cameras: no security questions, but the recessed button is likely', () => {
    const ranked = rankMethods(facts({ family: 'IPC' }), { knowsAnswers: 'yes', physicalAccess: 'yes' });
    expect(byId(ranked, 'security-questions').status).toBe('unlikely');
    expect(byId(ranked, 'reset-button').reasons).toContain('Most cameras have a recessed RESET button');
  });

  it('legacy only when the firmware is legacy or very old', () => {
    expect(byId(rankMethods(facts({ legacyFirmware: false }), {}), 'legacy-serial-date').status).toBe(
      'unavailable',
    );
    expect(byId(rankMethods(facts(), {}), 'legacy-serial-date').status).toBe('unlikely');

    const legacy = rankMethods(facts({ initialized: null, legacyFirmware: true }), { mailbox: 'yes' });
    expect(legacy[0]?.method).toBe('legacy-serial-date');
    expect(byId(legacy, 'qr-dmss').status).toBe('unlikely');
    expect(byId(legacy, 'device-init').status).toBe('unavailable');

    const old = byId(
      rankMethods(facts({ initialized: null, firmwareDate: '2015-06-01' }), {}),
      'legacy-serial-date',
    );
    expect(old.status).toBe('possible');
    expect(old.reasons[0]).toMatch(/Firmware built 2015-06-01, before the 2017/);
  });

  it('ties break by speed: QR before questions before button', () => {
    const ranked = rankMethods(facts(), {});
    expect(order(ranked).slice(0, 2)).toEqual(['qr-dmss', 'security-questions']);
    const equal = rankMethods(facts({ family: 'NVR' }), { mailbox: 'yes', knowsAnswers: 'yes' });
    // Both score 85 here: the tie goes to the faster QR route.
    expect(equal[0]?.score).toBe(equal[1]?.score);
    expect(equal[0]?.method).toBe('qr-dmss');
  });

  it('is deterministic and does not mutate its inputs', () => {
    const device = facts({ findContacts: 'AB' });
    const situation: Situation = { mailbox: 'unsure' };
    const frozen = JSON.stringify([device, situation]);
    expect(rankMethods(device, situation)).toEqual(rankMethods(device, situation));
    expect(JSON.stringify([device, situation])).toBe(frozen);
  });

  it('explains unknowns instead of penalising them', () => {
    const qr = byId(rankMethods(facts(), {}), 'qr-dmss');
    expect(qr.status).toBe('possible');
    expect(qr.reasons).toContain('Recovery mailbox access not answered yet');
    expect(qr.reasons).toContain('E-mail reset support not read from the device yet');
  });

  it('flags OEM QR vendor ids', () => {
    const qr = byId(rankMethods(facts({ qrVendor: 'B1' }), { mailbox: 'yes' }), 'qr-dmss');
    expect(qr.reasons.join(' ')).toMatch(/B1: neutral \/ OEM/);
  });
});

describe('interview', () => {
  it('covers every Situation field with labelled options', () => {
    expect(interviewQuestions.map((q) => q.id)).toEqual([
      'mailbox',
      'knowsAnswers',
      'physicalAccess',
      'screwdriver',
      'pcOnLan',
      'warrantyMatters',
    ]);
    for (const q of interviewQuestions) {
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      for (const o of q.options) expect(o.label).not.toBe('');
    }
  });

  it('asks the screwdriver and warranty questions only with physical access', () => {
    expect(pendingQuestions({}).map((q) => q.id)).toEqual([
      'mailbox',
      'knowsAnswers',
      'physicalAccess',
      'pcOnLan',
    ]);
    expect(
      pendingQuestions({ mailbox: 'yes', knowsAnswers: 'no', physicalAccess: 'yes' }).map((q) => q.id),
    ).toEqual(['screwdriver', 'pcOnLan', 'warrantyMatters']);
  });
});
