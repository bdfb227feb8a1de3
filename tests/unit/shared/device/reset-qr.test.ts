import { describe, expect, it } from 'vitest';
import { parseResetQr } from '../../../../shared/device/reset-qr';
import { DEFAULT_DEVICES } from '../../../simulator/devices';
import { buildResetPayload } from '../../../simulator/qr-payload';

const body = 'A'.repeat(380) + '==';

describe('parseResetQr', () => {
  it('splits purpose, vendor, key id and keeps only the body length', () => {
    expect(parseResetQr(`0001A2DFD08AA3${body}`)).toEqual({
      purpose: '0001',
      vendor: 'A2',
      vendorMeaning: 'Dahua (non-Lechange, new program)',
      keyId: 'DFD08AA3',
      bodyLength: body.length,
    });
  });

  it('tells Dahua from OEM by the vendor id', () => {
    expect(parseResetQr(`0001A1ABCDEF12${body}`)?.vendorMeaning).toBe('Dahua (non-Lechange)');
    expect(parseResetQr(`0001B1ABCDEF12${body}`)?.vendorMeaning).toBe('OEM / neutral');
    expect(parseResetQr(`0001B2ABCDEF12${body}`)?.vendor).toBe('B2');
  });

  it('reads every simulator payload, never exposing the body', () => {
    for (const d of DEFAULT_DEVICES) {
      const payload = buildResetPayload(d, 1);
      const parsed = parseResetQr(`${payload}\n`);
      expect(parsed?.vendor).toMatch(/^[AB][12]$/);
      expect(parsed?.bodyLength).toBe(payload.length - 14);
      expect(JSON.stringify(parsed)).not.toContain(payload.slice(14, 40));
    }
  });

  it('rejects other QR codes', () => {
    expect(parseResetQr('https://example.com/setup?id=1')).toBeNull();
    expect(parseResetQr(`0001C1ABCDEF12${body}`)).toBeNull();
    expect(parseResetQr('0001A1ABCDEF12AAAA')).toBeNull();
    expect(parseResetQr(`0001A1ABCDEF12${body} x`)).toBeNull();
    expect(parseResetQr('')).toBeNull();
  });
});
