import { describe, expect, it } from 'vitest';
import {
  defaultEmailSettings,
  EMAIL_SETTINGS_KEY,
  isValidEmail,
  loadEmailSettings,
  preferredRecipient,
  recipientAddress,
  recipientOptions,
  rememberRecipient,
  saveEmailSettings,
  validateEmailSettings,
} from '../../../../shared/email/index';
import { supportAddress } from '../../../../shared/knowledge/support-addresses';
import { MemoryStore } from '../platform/memory-store';

describe('isValidEmail', () => {
  it('accepts ordinary addresses', () => {
    for (const a of [
      'sales@distributor.example',
      'first.last+rma@mail.example.co.uk',
      'support_rpwd@global.dahuatech.com',
    ]) {
      expect(isValidEmail(a)).toBe(true);
    }
  });

  it('refuses anything that could add a recipient or a header', () => {
    for (const a of [
      '',
      'no-at.example',
      'a@b',
      'a@@b.example',
      'a b@c.example',
      'a@b.example, c@d.example',
      'a@b.example;c@d.example',
      'a@b.example\r\nBcc: x@y.example',
      '"Name" <a@b.example>',
      '.a@b.example',
      'a..b@c.example',
      'a@-b.example',
      'a@b.123',
    ]) {
      expect(isValidEmail(a), a).toBe(false);
    }
  });
});

describe('email settings', () => {
  it('defaults: the documented Dahua address, default templates', async () => {
    const s = await loadEmailSettings(new MemoryStore());
    expect(s).toEqual(defaultEmailSettings());
    expect(recipientAddress(s)).toBe('support_rpwd@global.dahuatech.com');
    expect(validateEmailSettings(s)).toEqual({ ok: true, errors: [] });
  });

  it('round-trips valid settings through the store', async () => {
    const store = new MemoryStore();
    const s = {
      ...defaultEmailSettings(),
      recipient: 'distributor' as const,
      distributorAddress: ' rma@distributor.example ',
      technicianName: 'Ana',
      company: 'ACME',
    };
    expect(await saveEmailSettings(store, s)).toEqual({ ok: true, errors: [] });
    const loaded = await loadEmailSettings(store);
    expect(loaded).toMatchObject({
      recipient: 'distributor',
      distributorAddress: 'rma@distributor.example',
      technicianName: 'Ana',
    });
    expect(recipientAddress(loaded)).toBe('rma@distributor.example');
    expect(await store.get(EMAIL_SETTINGS_KEY)).toMatchObject({ schema: 1 });
  });

  it('refuses to save an invalid distributor address, unknown placeholders or multi-line names', async () => {
    const store = new MemoryStore();
    const bad = {
      ...defaultEmailSettings(),
      recipient: 'distributor' as const,
      distributorAddress: 'rma@distributor',
      subjectTemplate: 'Reset {{serail}}',
      technicianName: 'Ana\nBcc: x@y.example',
    };
    const v = await saveEmailSettings(store, bad);
    expect(v.ok).toBe(false);
    expect(v.errors.map((e) => e.field).sort()).toEqual([
      'distributorAddress',
      'subjectTemplate',
      'technicianName',
    ]);
    expect(v.errors.find((e) => e.field === 'subjectTemplate')!.message).toContain('{{serail}}');
    expect(await store.get(EMAIL_SETTINGS_KEY)).toBeUndefined();
  });

  it('a distributor recipient needs an address', () => {
    const v = validateEmailSettings({ ...defaultEmailSettings(), recipient: 'distributor' });
    expect(v.errors.map((e) => e.field)).toEqual(['distributorAddress']);
  });

  it('remembers the last recipient choice and preselects it', async () => {
    const store = new MemoryStore();
    await saveEmailSettings(store, {
      ...defaultEmailSettings(),
      distributorAddress: 'rma@distributor.example',
    });
    const after = await rememberRecipient(store, 'rpwd');
    expect(after.lastRecipient).toBe('rpwd');
    const loaded = await loadEmailSettings(store);
    expect(preferredRecipient(loaded)).toBe('rpwd');
    expect(loaded.recipient).toBe('rpwd-global');
    expect(recipientAddress(loaded)).toBe('support_rpwd@dahuatech.com');
  });

  it('damaged stored values fall back to defaults field by field', async () => {
    const store = new MemoryStore();
    await store.set(EMAIL_SETTINGS_KEY, {
      schema: 1,
      settings: {
        recipient: 'someone',
        distributorAddress: 'not an address',
        subjectTemplate: 42,
        bodyTemplate: '',
        technicianName: 'Ana',
        lastRecipient: 'rpwd',
      },
    });
    const s = await loadEmailSettings(store);
    expect(s).toEqual({ ...defaultEmailSettings(), technicianName: 'Ana', lastRecipient: 'rpwd' });
    await store.set(EMAIL_SETTINGS_KEY, 'garbage');
    expect(await loadEmailSettings(store)).toEqual(defaultEmailSettings());
  });

  it('offers both Dahua addresses with their explanation from the knowledge base, then the distributor', () => {
    const options = recipientOptions(defaultEmailSettings());
    expect(options.map((o) => o.choice)).toEqual(['rpwd-global', 'rpwd', 'distributor']);
    expect(options[0]).toMatchObject({
      address: 'support_rpwd@global.dahuatech.com',
      confidence: 'documented',
      explanation: supportAddress('rpwd-global').explanation,
    });
    expect(options[1]).toMatchObject({
      address: 'support_rpwd@dahuatech.com',
      confidence: 'unconfirmed',
      explanation: supportAddress('rpwd').explanation,
    });
    expect(options[2]).toMatchObject({ address: null, confidence: 'yours' });
  });
});
