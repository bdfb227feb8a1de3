import { describe, expect, it } from 'vitest';
import { mergeFieldReadings, mergeReadings } from '../../../../shared/identity/merge';
import type { FieldReading, FieldSource } from '../../../../shared/ocr/types';

const r = (value: string, source: FieldSource, confidence = 0.9): FieldReading => ({
  value,
  source,
  confidence,
});

describe('mergeReadings', () => {
  it('returns nothing for no readings', () => {
    expect(mergeReadings([], 'serial')).toEqual({ field: 'serial', chosen: null, conflict: null });
  });

  it('agreeing sources (after normalisation) pick the most trusted reading, no conflict', () => {
    const ocr = r('4h01d66paj2fa64', 'ocr', 0.99);
    const challenge = r('4H01D66PAJ2FA64', 'challenge', 1);
    const dom = r('4H01D66PAJ2FA64', 'dom', 0.5);
    expect(mergeReadings([ocr, challenge, dom], 'serial')).toEqual({
      field: 'serial',
      chosen: dom,
      conflict: null,
    });
    expect(mergeReadings([ocr, challenge], 'serial').chosen).toBe(challenge);
    const macs = [r('bc325f7a09d2', 'challenge'), r('BC:32:5F:7A:09:D2', 'ocr')];
    expect(mergeReadings(macs, 'mac')).toEqual({ field: 'mac', chosen: macs[0], conflict: null });
  });

  it('serial disagreement: a conflict, nothing chosen, most trusted first', () => {
    const ocr = r('4H01D66PAJ2FA64', 'ocr', 0.99);
    const realm = r('4H01D66PAJ2FA65', 'challenge', 1);
    expect(mergeReadings([ocr, realm], 'serial')).toEqual({
      field: 'serial',
      chosen: null,
      conflict: [realm, ocr],
    });
  });

  it('MAC disagreement: a conflict, nothing chosen', () => {
    const merged = mergeReadings([r('BC:32:5F:7A:09:D2', 'ocr'), r('BC325F7A09D3', 'challenge')], 'mac');
    expect(merged.chosen).toBeNull();
    expect(merged.conflict?.map((c) => c.source)).toEqual(['challenge', 'ocr']);
  });

  it('two OCR readings that disagree are a conflict too', () => {
    expect(
      mergeReadings([r('4H01D66PAJ2FA64', 'ocr'), r('4H01D66PAJ2FA6A', 'qr')], 'serial').chosen,
    ).toBeNull();
  });

  it('the technician settles a conflict; the disagreement is still reported', () => {
    const user = r('4H01D66PAJ2FA64', 'user', 1);
    const realm = r('4H01D66PAJ2FA65', 'challenge', 1);
    expect(mergeReadings([realm, user], 'serial')).toEqual({
      field: 'serial',
      chosen: user,
      conflict: [user, realm],
    });
  });

  it('model and firmware disagreements take the most trusted and report the other', () => {
    const dom = r('DHI-NVR5232-4KS2', 'dom');
    const ocr = r('NVR5232-4KS3', 'ocr');
    expect(mergeReadings([ocr, dom], 'model')).toEqual({ field: 'model', chosen: dom, conflict: [dom, ocr] });
    const fw = mergeReadings(
      [r('4.002.0000000.8.R', 'challenge'), r('4.002.0000000.9.R', 'ocr')],
      'firmware',
    );
    expect(fw.chosen?.value).toBe('4.002.0000000.8.R');
    expect(fw.conflict).toHaveLength(2);
  });

  it('DH-/DHI- prefixes and build dates are not disagreements; the fuller spelling wins a tie', () => {
    const a = r('NVR5232-4KS2', 'ocr', 0.8);
    const b = r('DHI-NVR5232-4KS2', 'ocr', 0.8);
    expect(mergeReadings([a, b], 'model')).toEqual({ field: 'model', chosen: b, conflict: null });
    const merged = mergeReadings(
      [r('V4.001.0000000.1.R.201126', 'ocr'), r('4.001.0000000.1.R,build:2020-11-26', 'dom')],
      'firmware',
    );
    expect(merged.conflict).toBeNull();
    expect(merged.chosen?.source).toBe('dom');
  });

  it('ignores readings that are not values of the field', () => {
    expect(mergeReadings([r('not a mac', 'dom'), r('BC325F7A09D2', 'ocr')], 'mac').chosen?.source).toBe(
      'ocr',
    );
  });

  it('within one source, the more confident reading wins', () => {
    const low = r('NVR5232-4KS2', 'ocr', 0.4);
    const high = r('NVR5232-4KS2', 'ocr', 0.9);
    expect(mergeReadings([low, high], 'model').chosen).toBe(high);
  });

  it('mergeFieldReadings merges every field', () => {
    const merged = mergeFieldReadings({ serial: [r('4H01D66PAJ2FA64', 'challenge')], mac: [] });
    expect(merged.serial.chosen?.value).toBe('4H01D66PAJ2FA64');
    expect(merged.model).toEqual({ field: 'model', chosen: null, conflict: null });
  });
});
