import { describe, expect, it } from 'vitest';
import {
  chooseMethod,
  createCase,
  mergeIdentity,
  setFacts,
  setNotes,
  setSituation,
  toggleStep,
} from '../../../../shared/case/case';
import { escapeCell, escapeInline, fenced } from '../../../../shared/case/markdown';
import { caseSummaryMarkdown } from '../../../../shared/case/summary';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);

function sampleCase() {
  let r = createCase({ brand: 'Dahua', serial: '4H01D66PAJ2FA64', origin: 'http://192.168.1.108' }, T0);
  r = mergeIdentity(r, { model: 'NVR4108HS|8P\n4KS2' }, 'user', T0 + 1);
  r = setFacts(r, { family: 'NVR', findContacts: 'AB', initialized: true }, T0 + 2);
  r = setSituation(r, { mailbox: 'yes', physicalAccess: 'yes' }, T0 + 3);
  r = chooseMethod(r, 'qr-dmss', T0 + 4);
  r = toggleStep(r, 'qr-dmss', 'open-forgot', Date.UTC(2025, 0, 15, 9, 5, 0));
  r = toggleStep(r, 'qr-dmss', 'check-email', Date.UTC(2025, 0, 15, 9, 6, 0));
  r = setNotes(r, 'Customer | site A\n```\n- [x] fake', T0 + 5);
  return r;
}

describe('caseSummaryMarkdown', () => {
  const md = caseSummaryMarkdown(sampleCase(), Date.UTC(2025, 0, 15, 10, 0, 0));

  it('has the device identity table with escaped user text', () => {
    expect(md).toContain('# Recorder reset case: Dahua NVR4108HS\\|8P 4KS2 (4H01D66PAJ2FA64)');
    expect(md).toContain('| Field | Value |');
    expect(md).toContain('| Serial | 4H01D66PAJ2FA64 |');
    expect(md).toContain('| Model | NVR4108HS\\|8P<br>4KS2 (entered by technician) |');
    expect(md).toContain('| Address | http://192.168.1.108 |');
    // Every table row keeps exactly two cells: escaped pipes do not split them.
    for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
      expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(4);
    }
  });

  it('lists facts, situation and the ranked methods with reasons', () => {
    expect(md).toContain('| Reset contacts (DevInit Find) | AB |');
    expect(md).toContain(
      '| Can you read the recovery mailbox reserved on the recorder? | Yes, I can read it |',
    );
    expect(md).toContain('| Do you know the answers to the security questions? | not answered |');
    expect(md).toMatch(/1\. \*\*QR code \+ DMSS \/ Easy4ip app\*\* \(chosen\): recommended, score \d+/);
    expect(md).toContain('   - Device reports e-mail reset contact (Find: AB)');
  });

  it('renders the chosen checklist with [x]/[ ] and ISO timestamps', () => {
    expect(md).toContain('## Checklist: QR code + DMSS / Easy4ip app');
    expect(md).toContain('- [x] Open "Forgot password" (done 2025-01-15T09:05:00.000Z)');
    expect(md).toContain('- [x] Check the reserved e-mail (done 2025-01-15T09:06:00.000Z)');
    expect(md).toContain('- [ ] Scan the QR with DMSS or Easy4ip');
    expect(md).toContain('2/6 steps done.');
    expect(md).toContain('- danger: 5 wrong security codes lock the admin account for 5 minutes.');
    expect(md).toContain('- Dahua MXVR4104 web manual');
  });

  it('fences the notes so they cannot forge checkboxes or close the fence', () => {
    expect(md).toContain('````text\nCustomer | site A\n```\n- [x] fake\n````');
  });

  it('lists events and the prevention checklist', () => {
    expect(md).toContain('- 2025-01-15T09:00:00.000Z: Case opened');
    expect(md).toContain('Model set to NVR4108HS\\|8P 4KS2 (user)');
    expect(md).toContain('## Prevention checklist');
    expect(md).toContain('- [ ] Set an unlock pattern on the local GUI.');
    expect(md).toContain('- [ ] Record the serial number and MAC address in the ticket.');
    expect(md).toContain('- Generated: 2025-01-15T10:00:00.000Z');
  });

  it('uses the variant steps for an Amcrest recorder and says when nothing is chosen', () => {
    let r = createCase({ brand: 'Amcrest', serial: 'AMR0138597CD51AC7' }, T0);
    expect(caseSummaryMarkdown(r, T0)).toContain('No method chosen yet.');
    r = chooseMethod(r, 'reset-button', T0);
    const amcrest = caseSummaryMarkdown(r, T0);
    expect(amcrest).toContain('Variant: Amcrest 5000-series NVR.');
    expect(amcrest).toContain('- [ ] Remove the 4 screws and the cover');
  });

  it('is pure: same input, same output', () => {
    const r = sampleCase();
    expect(caseSummaryMarkdown(r, T0)).toBe(caseSummaryMarkdown(r, T0));
  });
});

describe('markdown escaping', () => {
  it('escapes table-breaking and formatting characters', () => {
    expect(escapeCell('a|b\nc')).toBe('a\\|b<br>c');
    expect(escapeCell('')).toBe('—');
    expect(escapeCell('<script>')).toBe('\\<script\\>');
    expect(escapeInline('*bold* [link](x)\r\nnext')).toBe('\\*bold\\* \\[link\\](x) next');
    expect(fenced('plain')).toBe('```text\nplain\n```');
  });
});
