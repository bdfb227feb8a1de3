import { describe, expect, it } from 'vitest';
import {
  BRANDS,
  brandProfile,
  brandProfiles,
  describeQrVendor,
  isBrand,
  OUT_OF_SCOPE_NOTE,
} from '../../../../shared/knowledge/brands';
import { supportAddress, supportAddresses } from '../../../../shared/knowledge/support-addresses';

describe('brand profiles', () => {
  it('has a profile for every brand', () => {
    for (const brand of BRANDS) expect(brandProfiles[brand].brand).toBe(brand);
    expect(isBrand('Lorex')).toBe(true);
    expect(isBrand('Hikvision')).toBe(false);
  });

  it('records the default-credential history with the 2017 change', () => {
    const dahua = brandProfile('Dahua').defaultCredentials;
    expect(dahua[0]?.text).toContain('admin/admin');
    expect(dahua[0]?.text).toContain('888888');
    expect(dahua[0]?.text).toContain('666666');
    expect(dahua[1]?.text).toMatch(/No default password/);
    expect(brandProfile('Lorex').defaultCredentials[0]).toMatchObject({
      text: 'admin/000000.',
      sources: ['lorex-scanner-poc'],
      unconfirmed: true,
    });
  });

  it('warns that old "DVR Netview" Lorex units are not Dahua', () => {
    const text = brandProfile('Lorex')
      .differences.map((d) => d.text)
      .join(' ');
    expect(text).toMatch(/DVR Netview.*NOT Dahua-made/);
  });

  it('names the brand-specific differences', () => {
    expect(brandProfile('Amcrest').differences[0]?.text).toMatch(/5000-series/);
    expect(brandProfile('Intelbras').differences[0]?.text).toContain('2.800.00IB00C.0.T');
    expect(brandProfile('IMOU').differences[0]?.text).toContain('IMOU app');
    expect(brandProfile('Dahua').qrVendorHint).toMatch(/A1\/A2 = Dahua.*B1\/B2 = neutral\/OEM/);
    expect(describeQrVendor('B2')).toBe('B2: neutral / OEM, new program');
  });

  it('adds the login-lock caution only where defaults are listed', () => {
    expect(brandProfile('Dahua').differences.at(-1)?.text).toMatch(/lock/);
    expect(brandProfile('IMOU').differences.some((d) => /lock/.test(d.text))).toBe(false);
  });

  it('states the scope boundary', () => {
    expect(OUT_OF_SCOPE_NOTE).toMatch(/"super password" generators.*reflashing.*CMOS or battery.*telnet/);
  });
});

describe('support addresses', () => {
  it('lists both reset addresses with their provenance, and the legacy US one', () => {
    expect(supportAddresses.map((a) => a.address)).toEqual([
      'support_rpwd@global.dahuatech.com',
      'support_rpwd@dahuatech.com',
      'support.usa@dahuatech.com',
    ]);
    expect(supportAddress('rpwd-global')).toMatchObject({
      confidence: 'documented',
      sources: ['dahua-netsdk'],
    });
    expect(supportAddress('rpwd').confidence).toBe('unconfirmed');
    expect(supportAddress('usa-legacy').sources).toEqual(['dahuawiki-faq-instructions']);
  });
});

describe('audited corrections', () => {
  it('gives FLIR its own default (admin/000000), not the Dahua list', () => {
    const flir = brandProfile('FLIR');
    expect(flir.defaultCredentials.map((d) => d.text).join(' ')).toContain('admin/000000');
    expect(flir.defaultCredentials.map((d) => d.text).join(' ')).not.toContain('888888');
  });
});
