/** BOM-sniffed UTF-8 / UTF-16LE / UTF-16BE, declared legacy encodings, and broken bytes. */
import { describe, expect, it } from 'vitest';
import { inspectExport } from '../../../../shared/xml/index';
import { utf16, utf8 } from './fixtures';

const DOC =
  '<?xml version="1.0" encoding="UTF-16"?>\r\n<Reset><SerialNo>7K03B21PAZ4C9D1</SerialNo><DeviceName>Caméra entrée 入口</DeviceName></Reset>';

describe('inspectExport: encodings', () => {
  it('UTF-16LE with BOM', () => {
    const i = inspectExport(utf16(DOC, 'le'));
    expect(i).toMatchObject({
      ok: true,
      encoding: 'utf-16le',
      serial: '7K03B21PAZ4C9D1',
      deviceName: 'Caméra entrée 入口',
    });
  });

  it('UTF-16BE with BOM', () => {
    const i = inspectExport(utf16(DOC, 'be'));
    expect(i).toMatchObject({
      ok: true,
      encoding: 'utf-16be',
      serial: '7K03B21PAZ4C9D1',
      deviceName: 'Caméra entrée 入口',
    });
  });

  it('UTF-16 without BOM, recognised from the "<?" byte pattern', () => {
    expect(inspectExport(utf16(DOC, 'le', false)).encoding).toBe('utf-16le');
    expect(inspectExport(utf16(DOC, 'be', false)).encoding).toBe('utf-16be');
  });

  it('UTF-8 with and without BOM', () => {
    const plain = DOC.replace('UTF-16', 'UTF-8');
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(plain)]);
    expect(inspectExport(withBom)).toMatchObject({
      ok: true,
      encoding: 'utf-8',
      deviceName: 'Caméra entrée 入口',
    });
    expect(inspectExport(utf8(plain))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });

  it('UTF-16 cut at an odd byte: bad-encoding', () => {
    const bytes = utf16(DOC, 'le');
    const i = inspectExport(bytes.subarray(0, bytes.length - 1));
    expect(i.ok).toBe(false);
    expect(i.problems.map((p) => p.code)).toContain('bad-encoding');
    expect(i.problems.find((p) => p.code === 'bad-encoding')!.message).toContain('odd number of bytes');
  });

  it('invalid UTF-8 with no other declared encoding: bad-encoding, values still read', () => {
    const bytes = new Uint8Array([
      ...utf8('<r><SN>7K03B21PAZ4C9D1</SN><DeviceName>Cam'),
      0xe9,
      ...utf8('ra</DeviceName></r>'),
    ]);
    const i = inspectExport(bytes);
    expect(i.ok).toBe(false);
    expect(i.problems.map((p) => p.code)).toEqual(['bad-encoding']);
    expect(i.serial).toBe('7K03B21PAZ4C9D1');
  });

  it('a declared legacy encoding (ISO-8859-1) is honoured', () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><r><SN>7K03B21PAZ4C9D1</SN><DeviceName>Cam'),
      0xe9,
      ...utf8('ra</DeviceName></r>'),
    ]);
    const i = inspectExport(bytes);
    expect(i).toMatchObject({ ok: true, encoding: null, deviceName: 'Caméra' });
  });

  it('an encoding nobody can read: bad-encoding', () => {
    const bytes = new Uint8Array([
      ...utf8('<?xml version="1.0" encoding="x-made-up"?><r><SN>7K03B21PAZ4C9D1</SN>'),
      0xff,
      ...utf8('</r>'),
    ]);
    const i = inspectExport(bytes);
    expect(i.ok).toBe(false);
    expect(i.problems[0]!.message).toContain('x-made-up');
  });

  it('UTF-32 is refused', () => {
    const i = inspectExport(new Uint8Array([0xff, 0xfe, 0, 0, 0x3c, 0, 0, 0]));
    expect(i.problems.map((p) => p.code)).toEqual(['bad-encoding']);
  });
});
