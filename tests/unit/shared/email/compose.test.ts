import { describe, expect, it } from 'vitest';
import { composeRequest, defaultEmailSettings, MISSING_TEXT } from '../../../../shared/email/index';

const VARS = {
  model: 'DHI-NVR4108HS-8P-4KS2/L',
  serial: '7K03B21PAZ4C9D1',
  mac: '3C:EF:8C:4A:19:7E',
  firmware: 'V4.001.0000000.1.R.201126',
  exportedAt: '2025-03-04 10:22 UTC',
  siteRef: 'Ticket 4521',
  attachmentName: 'C:\\Users\\tech\\Desktop\\PwdReset_7K03B21PAZ4C9D1.xml',
};

describe('composeRequest', () => {
  it('fills recipient, subject and body from the settings and the device', () => {
    const settings = { ...defaultEmailSettings(), technicianName: 'Ana Silva', company: 'ACME CCTV' };
    const r = composeRequest(settings, VARS);
    expect(r.to).toBe('support_rpwd@global.dahuatech.com');
    expect(r.subject).toBe(
      'Password reset request (XML file): DHI-NVR4108HS-8P-4KS2/L, serial 7K03B21PAZ4C9D1',
    );
    expect(r.attachmentName).toBe('PwdReset_7K03B21PAZ4C9D1.xml');
    for (const value of [
      '3C:EF:8C:4A:19:7E',
      'V4.001.0000000.1.R.201126',
      'Ticket 4521',
      'Ana Silva',
      'ACME CCTV',
      'PwdReset_7K03B21PAZ4C9D1.xml',
      'Reset Mode: XML File',
    ]) {
      expect(r.body).toContain(value);
    }
    expect(r.missing).toEqual([]);
    expect(r.unknownPlaceholders).toEqual([]);
  });

  it('lists what is missing, including the recipient when the distributor has no address', () => {
    const r = composeRequest(
      { ...defaultEmailSettings(), lastRecipient: 'distributor' },
      { serial: '7K03B21PAZ4C9D1' },
    );
    expect(r.to).toBe('');
    expect(r.recipient).toBe('distributor');
    expect(r.missing).toEqual([
      'model',
      'mac',
      'firmware',
      'exportedAt',
      'siteRef',
      'technicianName',
      'company',
      'recipient',
    ]);
    expect(r.subject).toContain(MISSING_TEXT);
    expect(r.attachmentName).toBe('configtool-export.xml');
  });

  it('an explicit recipient choice overrides the remembered one', () => {
    expect(composeRequest(defaultEmailSettings(), VARS, 'rpwd').to).toBe('support_rpwd@dahuatech.com');
  });

  it('the subject is one line even when the template itself has line breaks (header injection)', () => {
    const settings = {
      ...defaultEmailSettings(),
      subjectTemplate: 'Reset\r\nBcc: victim@example.com\n{{serial}}',
    };
    const r = composeRequest(settings, { ...VARS, serial: '7K03B21PAZ4C9D1\r\nX-Evil: 1' });
    expect(r.subject).toBe('Reset Bcc: victim@example.com 7K03B21PAZ4C9D1 X-Evil: 1');
    expect(r.subject).not.toMatch(/[\r\n]/);
  });
});
