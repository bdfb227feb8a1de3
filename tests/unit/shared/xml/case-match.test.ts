/** The file against the case: the wrong device's file is a loud error, softer differences warn. */
import { describe, expect, it } from 'vitest';
import { inspectExport, severityOf } from '../../../../shared/xml/index';
import { fixture, utf8 } from './fixtures';

const FLAT = fixture('flat-elements.xml'); // serial 7K03B21PAZ4C9D1, MAC 3C:EF:8C:4A:19:7E

describe('inspectExport: matching the case', () => {
  it('same serial (any spelling) and MAC: yes, no problems', () => {
    const i = inspectExport(FLAT, {
      serial: ' 7k03b21paz4c9d1 ',
      mac: '3cef.8c4a.197e',
      model: 'NVR4108HS-8P-4KS2/L',
    });
    expect(i).toMatchObject({ ok: true, matchesCase: 'yes', problems: [] });
  });

  it('another serial: serial-mismatch error naming both serials', () => {
    const i = inspectExport(FLAT, { serial: '5F0A9C4PAG7B2E8' });
    expect(i).toMatchObject({ ok: false, matchesCase: 'no', serial: '7K03B21PAZ4C9D1' });
    const p = i.problems.find((x) => x.code === 'serial-mismatch')!;
    expect(p.severity).toBe('error');
    expect(p.message).toMatch(/^Wrong device/);
    expect(p.message).toContain('7K03B21PAZ4C9D1');
    expect(p.message).toContain('5F0A9C4PAG7B2E8');
  });

  it('case known by MAC only, another MAC: mac-mismatch error', () => {
    const i = inspectExport(FLAT, { mac: 'BC:32:5F:0D:66:21' });
    expect(i).toMatchObject({ ok: false, matchesCase: 'no' });
    expect(i.problems.map((p) => [p.code, p.severity])).toEqual([['mac-mismatch', 'error']]);
    expect(i.problems[0]!.message).toContain('BC:32:5F:0D:66:21');
  });

  it('case known by MAC only, same MAC: yes', () => {
    expect(inspectExport(FLAT, { mac: '3CEF8C4A197E' }).matchesCase).toBe('yes');
  });

  it('same serial, different MAC (a second network port): warning only', () => {
    const i = inspectExport(FLAT, { serial: '7K03B21PAZ4C9D1', mac: '3C:EF:8C:4A:19:7F' });
    expect(i).toMatchObject({ ok: true, matchesCase: 'yes' });
    expect(i.problems.map((p) => [p.code, p.severity])).toEqual([['mac-differs', 'warning']]);
  });

  it('a different model is only a warning; DH-/DHI- prefixes and OEM short forms are not differences', () => {
    const i = inspectExport(FLAT, { serial: '7K03B21PAZ4C9D1', model: 'XVR5108HS-I3' });
    expect(i).toMatchObject({ ok: true, matchesCase: 'yes' });
    expect(i.problems.map((p) => [p.code, p.severity])).toEqual([['model-mismatch', 'warning']]);
    expect(inspectExport(FLAT, { model: 'DH-NVR4108HS-8P-4KS2/L' }).problems).toEqual([]);
  });

  it('no identity in the case: unknown, and the file is still usable', () => {
    expect(inspectExport(FLAT, { serial: null, mac: null })).toMatchObject({
      ok: true,
      matchesCase: 'unknown',
    });
  });

  it('a case "serial" that is not serial-shaped (a 32-hex realm token) proves nothing', () => {
    const i = inspectExport(FLAT, { serial: 'a0c50bcd05b2f03d067e530d9bf069af' });
    expect(i).toMatchObject({ ok: true, matchesCase: 'unknown', problems: [] });
  });

  it('no identity in the file: no-identity warning, still usable, cannot be compared', () => {
    const i = inspectExport(
      utf8('<Reset><Descript>QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo=</Descript></Reset>'),
      { serial: '7K03B21PAZ4C9D1' },
    );
    expect(i).toMatchObject({ ok: true, matchesCase: 'unknown', serial: null, mac: null });
    expect(i.problems.map((p) => [p.code, p.severity])).toEqual([['no-identity', 'warning']]);
  });

  it('severities are fixed per code', () => {
    expect(severityOf('serial-mismatch')).toBe('error');
    expect(severityOf('mac-mismatch')).toBe('error');
    expect(severityOf('no-identity')).toBe('warning');
    expect(severityOf('several-devices')).toBe('warning');
  });
});
