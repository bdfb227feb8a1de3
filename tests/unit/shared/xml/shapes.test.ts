/**
 * Extraction from plausible export shapes (tests/fixtures/xml: invented, since no public sample
 * of the ConfigTool export exists). Each shape puts the same kinds of values somewhere else.
 */
import { describe, expect, it } from 'vitest';
import { inspectExport } from '../../../../shared/xml/index';
import type { ExportInspection } from '../../../../shared/xml/index';
import { fixture } from './fixtures';

function codes(i: ExportInspection) {
  return i.problems.map((p) => p.code);
}

describe('inspectExport: plausible export shapes', () => {
  it('flat elements: one element per value', () => {
    const i = inspectExport(fixture('flat-elements.xml'));
    expect(i).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      serial: '7K03B21PAZ4C9D1',
      mac: '3CEF8C4A197E',
      model: 'DHI-NVR4108HS-8P-4KS2/L',
      // &amp; is decoded for display; no other entity is ever expanded.
      deviceName: 'Warehouse NVR & gate',
      timestamps: [{ value: '2025-03-04 10:22:33', path: '/PasswordResetFile/ExportTime' }],
      matchesCase: 'unknown',
    });
    expect(i.problems).toEqual([]);
    expect(i.findings).toContainEqual({
      field: 'serial',
      value: '7K03B21PAZ4C9D1',
      path: '/PasswordResetFile/SerialNo',
      how: 'element',
    });
    expect(i.findings).toContainEqual({
      field: 'firmware',
      value: 'V4.001.0000000.1.R.201126',
      path: '/PasswordResetFile/SoftwareVersion',
      how: 'element',
    });
    // <Version>1.0</Version> is a schema version, not firmware.
    expect(i.findings.some((f) => f.path === '/PasswordResetFile/Version')).toBe(false);
  });

  it('attributes on one element, lower-case and upper-case names', () => {
    const i = inspectExport(fixture('attributes.xml'));
    expect(i).toMatchObject({
      ok: true,
      serial: '5F0A9C4PAG7B2E8',
      mac: 'BC325F0D6621',
      model: 'XVR5108HS-I3',
      deviceName: 'Shop XVR',
      timestamps: [{ value: '1741083753', path: '/ResetRequest/Device/@CreateTime' }],
    });
    expect(i.findings.filter((f) => f.field === 'serial')).toEqual([
      { field: 'serial', value: '5F0A9C4PAG7B2E8', path: '/ResetRequest/Device/@sn', how: 'attribute' },
    ]);
  });

  it('nested Header / Device / Info blocks with a namespace prefix and two MACs', () => {
    const i = inspectExport(fixture('nested-device-info.xml'), {
      serial: '8E07D14PAJ3A5C6',
      mac: 'E0:50:8B:7C:3A:11',
    });
    expect(i).toMatchObject({
      ok: true,
      serial: '8E07D14PAJ3A5C6',
      // The MAC the case knows (second port) is the one reported.
      mac: 'E0508B7C3A11',
      model: 'DHI-NVR5232-4KS2',
      deviceName: 'Head office NVR',
      matchesCase: 'yes',
    });
    expect(i.timestamps).toEqual([
      { value: '2025-03-04T10:22:33+01:00', path: '/cfg:ResetConfig/cfg:Header/cfg:Export_Time' },
    ]);
    expect(i.findings.filter((f) => f.field === 'mac').map((f) => f.path)).toEqual([
      '/cfg:ResetConfig/cfg:Device/cfg:Info/cfg:Network/cfg:Eth0Mac',
      '/cfg:ResetConfig/cfg:Device/cfg:Info/cfg:Network/cfg:Eth1Mac',
    ]);
    expect(codes(i)).toEqual([]);
  });

  it('a list of devices: reports the one matching the case, with its own MAC and model', () => {
    const i = inspectExport(fixture('device-list.xml'), { serial: '7k03-b21p-az4c-9d1' });
    expect(i).toMatchObject({
      ok: true,
      serial: '7K03B21PAZ4C9D1',
      mac: '3CEF8C4A197E',
      model: 'DHI-NVR4108HS-8P-4KS2/L',
      deviceName: 'Warehouse NVR',
      matchesCase: 'yes',
    });
    expect(codes(i)).toEqual(['several-devices']);
    expect(i.problems[0]!.message).toContain("This case's device (7K03B21PAZ4C9D1) is one of them");
    expect(i.findings.find((f) => f.value === '7K03B21PAZ4C9D1')?.path).toBe(
      '/DeviceList/Device[2]/SerialNumber',
    );
  });

  it('a list of devices: a case known only by MAC selects that device too', () => {
    const i = inspectExport(fixture('device-list.xml'), { mac: '9002a955013b' });
    expect(i).toMatchObject({
      ok: true,
      serial: '9B1C6F2PAG0E4A9',
      model: 'XVR5104C-I3',
      deviceName: 'Office XVR',
      matchesCase: 'yes',
    });
  });

  it('a list of devices without a case: the first device, and a warning to check', () => {
    const i = inspectExport(fixture('device-list.xml'));
    expect(i).toMatchObject({
      ok: true,
      serial: '2M05E88PAK1D7F3',
      mac: '38AF29129EC4',
      model: 'IPC-HDW2431T-AS-S2',
    });
    expect(i.problems[0]!.message).toContain('Check that the device you are resetting is among them');
  });

  it('a list of devices none of which is the case: wrong-device error', () => {
    const i = inspectExport(fixture('device-list.xml'), { serial: '4Q02C57PAZ8B1D0' });
    expect(i.ok).toBe(false);
    expect(i.matchesCase).toBe('no');
    expect(codes(i)).toContain('serial-mismatch');
  });

  it('key/value Param elements and a base64 descript blob in CDATA', () => {
    const i = inspectExport(fixture('descript-blob.xml'));
    expect(i).toMatchObject({
      ok: true,
      serial: '4Q02C57PAZ8B1D0',
      mac: 'F4B1C2A03D5E',
      model: 'NVR2108-8P-4KS2',
      timestamps: [{ value: '2025-03-04 10:22:33', path: '/Reset/Params/Param[4]/@value' }],
    });
    expect(i.findings).toContainEqual({
      field: 'serial',
      value: '4Q02C57PAZ8B1D0',
      path: '/Reset/Params/Param[1]/@value',
      how: 'attribute',
    });
    expect(i.findings).toContainEqual({
      field: 'model',
      value: 'NVR2108-8P-4KS2',
      path: '/Reset/Params/Param[3]',
      how: 'element',
    });
    // Nothing is "found" inside the random blob.
    expect(i.findings.some((f) => f.path.startsWith('/Reset/Descript'))).toBe(false);
    expect(codes(i)).toEqual([]);
  });

  it('values under unknown names are found by their shape', () => {
    const i = inspectExport(fixture('grammar-only.xml'));
    expect(i).toMatchObject({
      ok: true,
      serial: '6D08A31PAL2C7E4',
      mac: '14A78B204F9D',
      model: 'DHI-XVR7816S-4KL-X-LP-V2',
    });
    expect(i.findings).toEqual([
      { field: 'serial', value: '6D08A31PAL2C7E4', path: '/Export/Item1', how: 'value-grammar' },
      { field: 'mac', value: '14A78B204F9D', path: '/Export/Item2/@data', how: 'value-grammar' },
      { field: 'model', value: 'DHI-XVR7816S-4KL-X-LP-V2', path: '/Export/Note', how: 'value-grammar' },
      { field: 'timestamp', value: '2025-03-04 10:22:33', path: '/Export/Stamp', how: 'value-grammar' },
    ]);
  });

  it('a named value wins over a shaped one', () => {
    const xml = '<R><Other>9Z9Z9Z9Z9Z9Z9Z9</Other><SN>7K03B21PAZ4C9D1</SN></R>';
    const i = inspectExport(new TextEncoder().encode(xml));
    expect(i.serial).toBe('7K03B21PAZ4C9D1');
    // The shaped value is still listed, but does not count as a second device.
    expect(i.findings.map((f) => f.how)).toEqual(['value-grammar', 'element']);
    expect(i.problems).toEqual([]);
  });

  it('labelled serials and MACs inside free text', () => {
    const xml = '<R><Info>Device info: SN: 7K03B21PAZ4C9D1, MAC 3c:ef:8c:4a:19:7e</Info></R>';
    const i = inspectExport(new TextEncoder().encode(xml));
    expect(i).toMatchObject({ serial: '7K03B21PAZ4C9D1', mac: '3CEF8C4A197E' });
  });

  it('ignores placeholder values under identity names', () => {
    const xml =
      '<R><SerialNo>N/A</SerialNo><SN>UNKNOWNSERIALNO</SN><MAC>00:00:00:00:00:00</MAC><MAC1>ff:ff:ff:ff:ff:ff</MAC1></R>';
    const i = inspectExport(new TextEncoder().encode(xml));
    expect(i.findings).toEqual([]);
    expect(i).toMatchObject({ ok: true, serial: null, mac: null });
    expect(codes(i)).toEqual(['no-identity']);
  });

  it('never changes the bytes it is given', () => {
    const bytes = fixture('flat-elements.xml');
    const copy = bytes.slice();
    inspectExport(bytes, { serial: '7K03B21PAZ4C9D1' });
    expect(bytes).toEqual(copy);
  });
});
