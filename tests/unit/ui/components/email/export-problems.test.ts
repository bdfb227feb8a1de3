/**
 * Which problems of a real inspection (the flat-elements export, serial 7K03B21PAZ4C9D1) go in
 * the wrong-device banner and which are listed: each once, never both.
 */
import { describe, expect, it } from 'vitest';
import { inspectExport } from '../../../../../shared/xml';
import { isWrongDevice, splitProblems } from '../../../../../ui/components/email/export-problems';
import { fixture } from '../../../shared/xml/fixtures';

const FLAT = fixture('flat-elements.xml');
const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('splitProblems', () => {
  it('a file of the case device: no banner, its warnings listed', () => {
    const inspection = inspectExport(FLAT, { serial: '7K03B21PAZ4C9D1', model: 'XVR5108HS-I3' });
    expect(isWrongDevice(inspection)).toBe(false);
    expect(splitProblems(inspection)).toEqual({ wrongDevice: [], listed: inspection.problems });
    expect(codes(splitProblems(inspection).listed)).toEqual(['model-mismatch']);
  });

  it("another device's file: the mismatch in the banner only, the rest still listed", () => {
    const inspection = inspectExport(FLAT, { serial: '5F0A9C4PAG7B2E8', model: 'XVR5108HS-I3' });
    expect(isWrongDevice(inspection)).toBe(true);
    const { wrongDevice, listed } = splitProblems(inspection);
    expect(codes(wrongDevice)).toEqual(['serial-mismatch']);
    expect(codes(listed)).toEqual(['model-mismatch']);
  });

  it('a MAC of another device (no serial in the case) is a wrong device too', () => {
    const inspection = inspectExport(FLAT, { mac: '3C:EF:8C:00:00:01' });
    expect(codes(splitProblems(inspection).wrongDevice)).toEqual(['mac-mismatch']);
  });

  it('nothing to decide without an inspection', () => {
    expect(isWrongDevice(null)).toBe(false);
    expect(isWrongDevice(undefined)).toBe(false);
  });
});
