import { describe, expect, it } from 'vitest';
import { mergeReadings } from '../../../../shared/identity/merge';
import { checkModel, modelKey } from '../../../../shared/identity/model';
import { compareWithCase } from '../../../../shared/xml/match';

const bare = { labelled: false };
const labelled = { labelled: true };

describe('checkModel', () => {
  it('accepts recorder families with or without DH-/DHI-, fit 1', () => {
    for (const model of [
      'DHI-NVR5232-4KS2',
      'NVR4108HS-8P-4KS2/L',
      'DH-XVR5108HS-I3',
      'XVR1B08-I',
      'HCVR5104HS-S2',
      'IVSS7008-1T',
      'EVS5016S-R',
      'NVR41-4KS2',
    ]) {
      expect(checkModel(model, bare)).toEqual({ value: model, repaired: false, fit: 1 });
    }
  });

  it('accepts OEM models only under a label, with a lower fit', () => {
    expect(checkModel('NV4108E-HS', bare)).toBeNull();
    expect(checkModel('NV4108E-HS', labelled)).toEqual({ value: 'NV4108E-HS', repaired: false, fit: 0.8 });
    expect(checkModel('N841A82', labelled)?.value).toBe('N841A82');
  });

  it('rejects words, bare family names and over-long text', () => {
    expect(checkModel('Recorder', labelled)).toBeNull();
    expect(checkModel('NVR', labelled)).toBeNull();
    expect(checkModel('V1.00', labelled)).toBeNull();
    expect(checkModel(`NVR${'1'.repeat(40)}`, labelled)).toBeNull();
  });

  it('normalises case, dash look-alikes and spaces around dashes, and keeps the first word', () => {
    expect(checkModel('dhi–nvr5232 - 4ks2 (main)', bare)?.value).toBe('DHI-NVR5232-4KS2');
  });

  it('repairs the family name and the digit after it', () => {
    expect(checkModel('1VSS7008-1T', bare)).toEqual({ value: 'IVSS7008-1T', repaired: true, fit: 1 });
    expect(checkModel('IV55-7008', bare)).toBeNull();
    expect(checkModel('NVRS108HS-8P', bare)).toEqual({ value: 'NVR5108HS-8P', repaired: true, fit: 1 });
    expect(checkModel('0VR5104', bare)?.value).toBe('DVR5104');
    expect(checkModel('DH1-NVR5232-4KS2', bare)).toEqual({
      value: 'DHI-NVR5232-4KS2',
      repaired: true,
      fit: 1,
    });
  });

  it('repairs the AI-generation suffixes, which are letters', () => {
    expect(checkModel('XVR5108HS-13', bare)).toEqual({ value: 'XVR5108HS-I3', repaired: true, fit: 1 });
    expect(checkModel('XVR5108HS-I13', bare)?.value).toBe('XVR5108HS-I3');
    expect(checkModel('NVR608H-32-X1', bare)?.value).toBe('NVR608H-32-XI');
    expect(checkModel('XVR1B08-|', bare)?.value).toBe('XVR1B08-I');
    // Numeric segments that are channel or PoE counts stay.
    expect(checkModel('NVR4216-16P-4KS2', bare)?.value).toBe('NVR4216-16P-4KS2');
  });

  it('reads a fifth digit after the four series digits as the chassis letter it looks like', () => {
    expect(checkModel('DH-EVS50165-R', bare)).toEqual({ value: 'DH-EVS5016S-R', repaired: true, fit: 1 });
    expect(checkModel('XVR7816S5', bare)?.value).toBe('XVR7816S5');
    // Four digits and a real letter, or a digit that is no letter's look-alike, stay.
    expect(checkModel('EVS5016S-R', bare)?.value).toBe('EVS5016S-R');
    expect(checkModel('NVR52164-X', bare)?.value).toBe('NVR52164-X');
    expect(checkModel('XVR51088', bare)?.value).toBe('XVR51088');
  });

  it('repairs O and I between the series digits, never B (XVR1B08 is real)', () => {
    expect(checkModel('NVR60O8H-32-XI', bare)?.value).toBe('NVR6008H-32-XI');
    expect(checkModel('NVR4I08HS', bare)?.value).toBe('NVR4108HS');
    expect(checkModel('XVR1B08-I', bare)).toEqual({ value: 'XVR1B08-I', repaired: false, fit: 1 });
  });

  it('modelKey compares without the brand prefix', () => {
    expect(modelKey('DHI-NVR5232-4KS2')).toBe('NVR5232-4KS2');
    expect(modelKey('dh-xvr5108hs-i3')).toBe('XVR5108HS-I3');
    expect(modelKey('NV4108E-HS')).toBe('NV4108E-HS');
  });
});

describe('one "same model" for the XML export check and the merge of readings', () => {
  // [case or page model, model in the other source, same model?]
  const PAIRS: readonly [string, string, boolean][] = [
    ['NVR5232_4KS2', 'NVR5232-4KS2', true],
    ['DHI-NVR5232-4KS2', 'NVR5232-4KS2', true],
    ['dh-xvr5108hs-i3', 'XVR5108HS-I3', true],
    ['NVR5232 - 4KS2', 'NVR5232-4KS2', true],
    ['DH-NVR4108HS-8P-4KS2/L', 'NVR4108HS-8P-4KS2/L', true],
    ['NVR52324KS2', 'NVR5232-4KS2', false],
    ['NVR5232-4KS2', 'NVR5232-4KS3', false],
    ['NVR4108HS-8P-4KS2', 'NVR4108HS-8P-4KS2/L', false],
    ['NV4108E-HS', 'NVR4108E-HS', false],
    ['XVR5108HS-I3', 'NVR4108HS-8P-4KS2/L', false],
  ];

  const xmlSaysSame = (caseModel: string, fileModel: string) =>
    !compareWithCase(
      { serial: null, mac: null, model: fileModel, deviceName: null, serials: [], macs: [] },
      { serial: null, mac: null, model: caseModel },
    ).problems.some((p) => p.code === 'model-mismatch');

  const mergeSaysSame = (a: string, b: string) =>
    mergeReadings(
      [
        { value: a, source: 'dom', confidence: 1 },
        { value: b, source: 'ocr', confidence: 0.9 },
      ],
      'model',
    ).conflict === null;

  it.each(PAIRS)('%s vs %s: same model is %s in both', (a, b, same) => {
    expect(xmlSaysSame(a, b)).toBe(same);
    expect(xmlSaysSame(b, a)).toBe(same);
    expect(mergeSaysSame(a, b)).toBe(same);
    expect(mergeSaysSame(b, a)).toBe(same);
  });
});
