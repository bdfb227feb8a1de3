import { describe, expect, it } from 'vitest';
import { checkSerial, looksMisCounted, parseSerial, serialKey } from '../../../../shared/identity/serial';

describe('checkSerial', () => {
  it('accepts observed Dahua serials (15 characters) with full fit', () => {
    for (const serial of ['4H01D66PAJ2FA64', '6J0DA6EPAJ4FE11', '4X7C5A1ZAG21L3F']) {
      expect(checkSerial(serial)).toEqual({ value: serial, repaired: false, fit: 1 });
    }
  });

  it('accepts 13–17 characters, rarer lengths with a lower fit', () => {
    expect(checkSerial('5YVD2400016A6')?.fit).toBe(0.8);
    expect(checkSerial('4C045ADPAG60CD')?.fit).toBe(0.9);
    expect(checkSerial('AMR0138597CD51AC7')).toEqual({
      value: 'AMR0138597CD51AC7',
      repaired: false,
      fit: 0.8,
    });
  });

  it('rejects other lengths, other characters and plain words', () => {
    expect(checkSerial('4H01D66PAJ2F')).toBeNull();
    expect(checkSerial('4H01D66PAJ2FA64X99')).toBeNull();
    expect(checkSerial('4H01D66-PAJ2FA64')).toBeNull();
    expect(checkSerial('SERIALNUMBERXYZ')).toBeNull();
    expect(checkSerial('')).toBeNull();
  });

  it('upper-cases, joins OCR-split pieces and drops trailing punctuation', () => {
    expect(checkSerial(' 4h01d66paj2fa64. ')?.value).toBe('4H01D66PAJ2FA64');
    expect(checkSerial('4H01D66 PAJ2FA64')?.value).toBe('4H01D66PAJ2FA64');
  });

  it('repairs the PA/ZA infix of 15-character serials, and only there', () => {
    expect(checkSerial('4H01D66P4J2FA64')).toEqual({ value: '4H01D66PAJ2FA64', repaired: true, fit: 1 });
    expect(checkSerial('4X7C5A12AG21L3F')).toEqual({ value: '4X7C5A1ZAG21L3F', repaired: true, fit: 1 });
    // Elsewhere a 2, 4, 0 or 8 is as legal as Z, A, O or B: nothing is guessed.
    expect(checkSerial('4H01D66PAJ2F464')).toEqual({ value: '4H01D66PAJ2F464', repaired: false, fit: 1 });
    // Not a 15-character serial: no infix rule.
    expect(checkSerial('4H01D66P4J2FA6')?.value).toBe('4H01D66P4J2FA6');
  });

  it('gives digit-only codes a lower fit', () => {
    expect(checkSerial('123456789012345')?.fit).toBe(0.8);
  });
});

describe('looksMisCounted', () => {
  it('flags a 14- or 16-character code with the 15-character PA/ZA infix (a glyph dropped or doubled)', () => {
    expect(looksMisCounted('60HEBCXZA5DWEC')).toBe(true); // VV read as W
    expect(looksMisCounted('5NG7X0ZAFDQFY8')).toBe(true); // a glyph dropped before the infix
    expect(looksMisCounted('3E01B7CPAGO00731')).toBe(true); // a glyph doubled
    // Still a valid serial: only OCR readers use this to prefer no value.
    expect(checkSerial('4C045ADPAG60CD')).not.toBeNull();
  });

  it('leaves 15-character serials and codes without the infix alone', () => {
    expect(looksMisCounted('4H01D66PAJ2FA64')).toBe(false);
    expect(looksMisCounted('W8PLB576356G1H')).toBe(false);
    expect(looksMisCounted('NMP9H3YB6S3GFQ3W')).toBe(false);
    expect(looksMisCounted('5YVD2400016A6')).toBe(false);
  });
});

describe('serial forms', () => {
  it('serialKey keeps letters and digits in upper case; parseSerial also wants the grammar', () => {
    expect(serialKey(' 4h01-d66p aj2fa64 ')).toBe('4H01D66PAJ2FA64');
    expect(serialKey(' - ')).toBeNull();
    expect(parseSerial('4h01-d66p aj2fa64')).toBe('4H01D66PAJ2FA64');
    expect(parseSerial('NOTAVAILABLEXYZ')).toBeNull();
    expect(parseSerial('a0c50bcd05b2f03d067e530d9bf069af')).toBeNull();
  });
});
