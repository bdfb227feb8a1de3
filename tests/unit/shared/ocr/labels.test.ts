import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../../../shared/ocr/labels';

describe('matchLabel', () => {
  it.each([
    ['Device Model', 'model'],
    ['Model No.: X', 'model'],
    ['Device Type', 'model'],
    ['Serial No.', 'serial'],
    ['SN: 4H01', 'serial'],
    ['S/N', 'serial'],
    ['SIN', 'serial'],
    ['Device SN', 'serial'],
    ['Serial Number', 'serial'],
    ['MAC Address', 'mac'],
    ['MAC: BC', 'mac'],
    ['System Version', 'firmware'],
    ['Software Version', 'firmware'],
    ['Firmware', 'firmware'],
    ['Version: V4', 'firmware'],
    ['Build Date', 'buildDate'],
  ])('%s → %s', (text, label) => {
    expect(matchLabel(text)?.label).toBe(label);
  });

  it('reads labels through OCR look-alikes (Seria1, Mode1, MAC Addre55)', () => {
    expect(matchLabel('Seria1 No.')?.label).toBe('serial');
    expect(matchLabel('Device Mode1')?.label).toBe('model');
    expect(matchLabel('MAC Addre55')?.label).toBe('mac');
  });

  it('does not take other rows for fields', () => {
    for (const text of [
      'Hardware Version',
      'Web Version',
      'ONVIF Version',
      'Security Baseline',
      'Device Name',
      'SNMP',
      'Type',
      'Macro',
      'Serials',
      'Reset Type: Email',
    ]) {
      expect(matchLabel(text), text).toBeNull();
    }
  });

  it('says where the value starts, after the colon', () => {
    const text = 'Serial No.: 4H01D66PAJ2FA64';
    expect(text.slice(matchLabel(text)!.end)).toBe('4H01D66PAJ2FA64');
    const bullet = '• MAC：BC:32';
    expect(bullet.slice(matchLabel(bullet)!.end)).toBe('BC:32');
  });
});
