import { describe, expect, it } from 'vitest';
import {
  deviceInit,
  legacySerialDate,
  qrDmss,
  resetButton,
  securityQuestions,
  stepsFor,
  variantFor,
  xmlConfigtool,
} from '../../../../shared/knowledge/methods/index';
import { checkAdminPassword } from '../../../../shared/knowledge/password-rules';
import { preventionChecklist } from '../../../../shared/knowledge/prevention';
import type { Method } from '../../../../shared/knowledge/types';

function warning(method: Method, id: string) {
  const found = method.warnings.find((w) => w.id === id);
  expect(found, `${method.id} warning ${id}`).toBeDefined();
  return found!;
}

describe('required warnings from the product spec', () => {
  it('QR: lockout after 5 wrong codes, two codes per QR, 24 h validity', () => {
    expect(warning(qrDmss, 'code-lockout').text).toMatch(
      /5 wrong security codes lock the admin account for 5 minutes/,
    );
    expect(warning(qrDmss, 'code-lockout').sources).toContain('dahua-mxvr4104-web-manual');
    expect(warning(qrDmss, 'qr-two-codes').text).toMatch(/at most twice.*Refresh the page/);
    expect(warning(qrDmss, 'code-valid-24h').text).toContain('24 hours');
  });

  it('XML: keep ConfigTool open, no reboot, file valid 24 h', () => {
    const keep = warning(xmlConfigtool, 'keep-session');
    expect(keep.severity).toBe('danger');
    expect(keep.text).toMatch(/Do not close ConfigTool or reboot/);
    expect(keep.sources).toEqual(['securitywholesalers-faq']);
    expect(warning(xmlConfigtool, 'file-valid-24h').text).toContain('24 hours');
    expect(warning(xmlConfigtool, 'needs-bit-2').text).toContain('byPwdResetWay bit 2');
  });

  it('button: warranty seals (flagged as our inference), not all models, Factory Default is no reset path', () => {
    const seals = warning(resetButton, 'warranty-seals');
    expect(seals.text).toMatch(/warranty seals/);
    expect(seals.inferred).toBe(true);
    expect(warning(resetButton, 'not-all-models').sources).toContain('dahua-nvr41-4ks2-manual');
    const fd = warning(resetButton, 'not-factory-default');
    expect(fd.text).toMatch(/"Factory Default".*needs the admin password/);
    expect(fd.sources).toEqual(['montavue-wiki']);
  });
});

describe('method facts', () => {
  it('keeps the documented success rates and timings', () => {
    expect(qrDmss.successRate.percent).toBe(95);
    expect(securityQuestions.successRate.percent).toBe(100);
    expect(resetButton.successRate.percent).toBe(90);
    expect(xmlConfigtool.successRate.percent).toBe(100);
    expect(xmlConfigtool.timeToExpect).toContain('24–48 h');
    expect(qrDmss.timeToExpect).toMatch(/Minutes/);
  });

  it('describes the button hold timing and the ConfigTool path', () => {
    expect(resetButton.steps.find((s) => s.id === 'hold-power-on')?.title).toContain('5–10 s');
    expect(xmlConfigtool.steps.map((s) => s.id)).toEqual([
      'open-configtool',
      'select-device',
      'export-xml',
      'email-support',
      'import-reset-file',
      'new-password',
    ]);
    expect(legacySerialDate.steps.find((s) => s.id === 'email-support')?.detail).toContain(
      'support.usa@dahuatech.com',
    );
  });

  it('device-init states the password rules', () => {
    expect(deviceInit.steps.find((s) => s.id === 'set-password')?.detail).toMatch(/8–32.*' " ; : &/);
  });
});

describe('variants', () => {
  it('uses the Amcrest 5000-series sequence for Amcrest recorders', () => {
    const steps = stepsFor(resetButton, { brand: 'Amcrest', family: 'NVR' });
    expect(steps[0]?.id).toBe('amcrest-open');
    expect(steps.map((s) => s.title).join(' ')).toMatch(/4–5 s.*20–30 s/);
  });

  it('uses the camera procedure for any IPC, Amcrest included', () => {
    expect(variantFor(resetButton, { brand: 'Amcrest', family: 'IPC' })?.id).toBe('ipc-recessed');
    expect(stepsFor(resetButton, { brand: 'Dahua', family: 'IPC' })[1]?.title).toContain('10–15 s');
  });

  it('keeps the base steps for a Dahua recorder and for methods without variants', () => {
    expect(stepsFor(resetButton, { brand: 'Dahua', family: 'XVR' })).toBe(resetButton.steps);
    expect(stepsFor(qrDmss, { brand: 'Amcrest', family: 'NVR' })).toBe(qrDmss.steps);
  });
});

describe('admin password rules', () => {
  it('accepts a valid password and explains each rejection', () => {
    expect(checkAdminPassword('Recorder2024').ok).toBe(true);
    expect(checkAdminPassword('short1').problems).toEqual(['Use 8 to 32 characters.']);
    expect(checkAdminPassword('onlyletters').problems).toEqual([
      'Use at least two of: letters, digits, symbols.',
    ]);
    expect(checkAdminPassword('Good;pass1&').problems).toEqual([
      'Remove ; &: the recorder does not accept them.',
    ]);
    expect(checkAdminPassword('a1'.repeat(17)).ok).toBe(false);
  });
});

describe('prevention checklist', () => {
  it('covers the six after-success items in order', () => {
    expect(preventionChecklist.map((p) => p.id)).toEqual([
      'unlock-pattern',
      'export-config',
      'recovery-email',
      'security-questions',
      'record-password',
      'record-identity',
    ]);
  });
});
