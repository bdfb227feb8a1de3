/** When the support e-mail may be composed, and what the compose buttons say. */
import { describe, expect, it } from 'vitest';
import { composeLabel, sendBlockedReason } from '../../../../../ui/components/email/send-rules';

const ready = {
  hasFile: true,
  to: 'support_rpwd@global.dahuatech.com',
  wrongDevice: false,
  confirmedWrongDevice: false,
};

describe('sendBlockedReason', () => {
  it('lets a request with a file and an address through', () => {
    expect(sendBlockedReason(ready)).toBeNull();
  });

  it('asks for the file first, whatever else is missing', () => {
    expect(sendBlockedReason({ ...ready, hasFile: false, to: '', wrongDevice: true })).toMatch(
      /Give the XML export above first/,
    );
  });

  it('then for an address (a distributor chosen but not set up)', () => {
    expect(sendBlockedReason({ ...ready, to: '', wrongDevice: true })).toMatch(/distributor's address/);
  });

  it("blocks another device's file until the technician confirms it", () => {
    expect(sendBlockedReason({ ...ready, wrongDevice: true })).toMatch(/from another device/);
    expect(sendBlockedReason({ ...ready, wrongDevice: true, confirmedWrongDevice: true })).toBeNull();
    // A confirmation left ticked means nothing for a file of the right device.
    expect(sendBlockedReason({ ...ready, confirmedWrongDevice: true })).toBeNull();
  });
});

describe('composeLabel', () => {
  it('names the tab the panel is on, and only that webmail', () => {
    const gmailTab = { kind: 'gmail' as const, tabId: 4, host: 'mail.google.com' };
    expect(composeLabel('gmail', gmailTab)).toBe('Compose in this Gmail tab');
    expect(composeLabel('outlook', gmailTab)).toBe('Compose in Outlook');
    expect(composeLabel('gmail', null)).toBe('Compose in Gmail');
  });
});
