import { describe, expect, it } from 'vitest';
import { checkFirmware, firmwareKey } from '../../../../shared/identity/firmware';

describe('checkFirmware', () => {
  it('reads the reference shapes into the device API form', () => {
    expect(checkFirmware('2.800.0000016.0.R,build:2020-06-05')).toEqual({
      value: '2.800.0000016.0.R,build:2020-06-05',
      repaired: false,
      fit: 1,
    });
    expect(checkFirmware('V4.001.0000000.1.R.201126')).toEqual({
      value: '4.001.0000000.1.R.201126',
      repaired: false,
      fit: 1,
    });
    expect(checkFirmware('4.002.0000000.8.R')).toEqual({
      value: '4.002.0000000.8.R',
      repaired: false,
      fit: 0.9,
    });
    expect(checkFirmware('2.800.00IB00C.0.T')?.value).toBe('2.800.00IB00C.0.T');
  });

  it('finds the version inside a line and normalises the build date', () => {
    expect(checkFirmware('System Version V4.002.0000000.8.R, Build Date: 2021-03-19')?.value).toBe(
      '4.002.0000000.8.R,build:2021-03-19',
    );
    expect(checkFirmware('V3.216.0000000.1.R Build Date 2018.11.22')?.value).toBe(
      '3.216.0000000.1.R,build:2018-11-22',
    );
  });

  it('repairs confusables in digit fields and dates, never in the OEM code', () => {
    expect(checkFirmware('V4.OO2.0000000.8.R, Build Date: 2O21-O3-l9')).toEqual({
      value: '4.002.0000000.8.R,build:2021-03-19',
      repaired: true,
      fit: 1,
    });
    expect(checkFirmware('2.8OO.15OG004.0.R')?.value).toBe('2.800.15OG004.0.R');
  });

  it('reads a letter O touching a zero in the code field as a zero', () => {
    expect(checkFirmware('3.216.000O000.1.R')).toEqual({
      value: '3.216.0000000.1.R',
      repaired: true,
      fit: 0.9,
    });
    expect(checkFirmware('2.200.O0D0OO0.15.T')?.value).toBe('2.200.00D0000.15.T');
  });

  it('tolerates a doubled V and spaces around dots', () => {
    expect(checkFirmware('Vv3.216 . 0000000.1.R')?.value).toBe('3.216.0000000.1.R');
  });

  it('rejects versions of other things and impossible dates', () => {
    expect(checkFirmware('V1.00')).toBeNull();
    expect(checkFirmware('V3.2.1.948164')).toBeNull();
    expect(checkFirmware('21.06(V3.1.0.1135285)')).toBeNull();
    expect(checkFirmware('4.001.0000000.1.R.201399')).toBeNull();
    expect(checkFirmware('4.001.00000.1.R')).toBeNull();
  });

  it('drops an unreadable build date rather than the version', () => {
    expect(checkFirmware('4.001.0000000.1.R, Build Date: 2020-19-45')?.value).toBe('4.001.0000000.1.R');
  });
});

describe('firmwareKey', () => {
  it('compares versions without V, build date or stamp', () => {
    expect(firmwareKey('V4.001.0000000.1.R.201126')).toBe('4.001.0000000.1.R');
    expect(firmwareKey('4.001.0000000.1.R,build:2020-11-26')).toBe('4.001.0000000.1.R');
    expect(firmwareKey('4.001.0000000.1.R')).toBe('4.001.0000000.1.R');
  });
});
