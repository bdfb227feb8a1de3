import { describe, expect, it } from 'vitest';
import { checkMac, formatMac, macKey, parseMac } from '../../../../shared/identity/mac';
import { macVendor } from '../../../../shared/identity/oui';

describe('checkMac', () => {
  it('accepts colon, dash, dot and bare notations as AA:BB:…', () => {
    for (const raw of ['3C:EF:8C:0A:5B:17', '3c-ef-8c-0a-5b-17', '3cef.8c0a.5b17', '3CEF8C0A5B17']) {
      expect(checkMac(raw)).toEqual({ value: '3C:EF:8C:0A:5B:17', repaired: false, fit: 1 });
    }
  });

  it('gives an unknown vendor a lower fit', () => {
    expect(checkMac('02:11:22:33:44:55')?.fit).toBe(0.85);
  });

  it('repairs non-hex look-alikes (every position is hex) and marks it', () => {
    expect(checkMac('BC:32:5F:7A:O9:D2')).toEqual({ value: 'BC:32:5F:7A:09:D2', repaired: true, fit: 1 });
    expect(checkMac('38:AF:Z9:D4:lC:6E')).toEqual({ value: '38:AF:29:D4:1C:6E', repaired: true, fit: 1 });
    expect(checkMac('08:ed:ed:54:€9:35')?.value).toBe('08:ED:ED:54:E9:35');
  });

  it('accepts separators OCR changed or dropped, as long as pairs stay whole', () => {
    expect(checkMac('BC:32:5F.7A;09:D2')?.value).toBe('BC:32:5F:7A:09:D2');
    expect(checkMac('30:E1:F1:BF:2AF7')?.value).toBe('30:E1:F1:BF:2A:F7');
    expect(checkMac('BC : 32 : 5F : 7A : 09 : D2')?.value).toBe('BC:32:5F:7A:09:D2');
  });

  it('never touches B and 8: both are hex', () => {
    expect(checkMac('BC:32:5F:7A:09:B8')?.value).toBe('BC:32:5F:7A:09:B8');
  });

  it("repairs an odd first octet only into a recorder maker's OUI (D read for 0, B for 8)", () => {
    // Amcrest A0:60:32 read as AD:60:32 (odd: multicast, so no NIC's address).
    expect(checkMac('AD:60:32:29:A9-AC')).toEqual({ value: 'A0:60:32:29:A9:AC', repaired: true, fit: 1 });
    // Odd, and the repair gives no known maker: no MAC rather than a guess.
    expect(checkMac('AD:11:22:33:44:55')).toBeNull();
    expect(checkMac('1B:00:5E:00:00:FB')).toBeNull();
  });

  it('rejects wrong lengths, letters beyond F, multicast and all-zero/all-one addresses', () => {
    expect(checkMac('BC:32:5F:7A:09')).toBeNull();
    expect(checkMac('BC:32:5F:7A:09:D2:11')).toBeNull();
    expect(checkMac('BC:32:5F:7A:09:DX')).toBeNull();
    expect(checkMac('01:00:5E:00:00:FB')).toBeNull();
    expect(checkMac('00:00:00:00:00:00')).toBeNull();
    expect(checkMac('FF:FF:FF:FF:FF:FF')).toBeNull();
    expect(checkMac('B:C32:5F7:A09:D2')).toBeNull();
  });
});

describe('macVendor', () => {
  it('names Dahua and the rebrands from the OUI table', () => {
    expect(macVendor('3C:EF:8C:0A:5B:17')).toBe('Dahua');
    expect(macVendor('a8ca87000001')).toBe('Dahua (Zhilian)');
    expect(macVendor('9C-8E-CD-41-B7-E2')).toBe('Amcrest');
    expect(macVendor('001F54000001')).toBe('Lorex');
    expect(macVendor('24FD0D000001')).toBe('Intelbras');
    expect(macVendor('1C4D89000001')).toBe('IMOU / Lechange (Huacheng)');
  });

  it('knows the Amcrest MA-M block by its seven hex digits', () => {
    expect(macVendor('34:46:63:2A:00:01')).toBe('Amcrest');
    expect(macVendor('34:46:63:3A:00:01')).toBeNull();
  });

  it('returns null for unknown prefixes and non-MACs', () => {
    expect(macVendor('02:11:22:33:44:55')).toBeNull();
    expect(macVendor('not a mac')).toBeNull();
  });
});

describe('MAC forms', () => {
  it('parseMac takes only well-formed notations', () => {
    expect(parseMac(' 3c-ef-8c-0a-5b-17 ')).toBe('3C:EF:8C:0A:5B:17');
    expect(parseMac('3cef.8c0a.5b17')).toBe('3C:EF:8C:0A:5B:17');
    expect(parseMac('3C:EF:8C:0A:5B')).toBeNull();
  });

  it('macKey is the separator-free key; formatMac shows any form with colons', () => {
    expect(macKey('3C:EF:8C:0A:5B:17')).toBe('3CEF8C0A5B17');
    expect(macKey('3C:EF:8C:0A:5B:1G')).toBeNull();
    expect(formatMac('3cef8c0a5b17')).toBe('3C:EF:8C:0A:5B:17');
    expect(formatMac('3C-EF-8C-0A-5B-17')).toBe('3C:EF:8C:0A:5B:17');
    expect(formatMac('not a MAC')).toBe('not a MAC');
    expect(formatMac(null)).toBeNull();
  });
});
