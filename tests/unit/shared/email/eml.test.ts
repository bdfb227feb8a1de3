/**
 * The .eml draft, parsed back with a deliberately small MIME reader written here (headers,
 * folding, one multipart level, base64, quoted-printable, RFC 2047 B words), so the check does
 * not trust the library that wrote it.
 */
import { describe, expect, it } from 'vitest';
import { buildEml } from '../../../../shared/email/index';
import { fixture } from '../xml/fixtures';

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(raw: string): Part {
  const split = raw.indexOf('\r\n\r\n');
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split + 4);
  const headers = new Map<string, string>();
  // Unfold: a line starting with white space continues the previous header.
  for (const line of head.replace(/\r\n[ \t]/g, ' ').split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function parseEml(raw: string): { top: Part; parts: Part[] } {
  const top = parsePart(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(top.headers.get('content-type') ?? '')?.[1];
  if (!boundary) return { top, parts: [] };
  const sections = top.body.split(`--${boundary}`);
  const parts = sections
    .slice(1)
    .filter((s) => !s.startsWith('--'))
    .map((s) => parsePart(s.replace(/^\r\n/, '').replace(/\r\n$/, '')));
  return { top, parts };
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?B\?([^?]*)\?=/gi, (_, b64: string) => Buffer.from(b64, 'base64').toString('utf8'));
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i]!, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

const XML = fixture('flat-elements.xml');
const BODY = 'Hello Dahua support,\n\nPlease send the reset file.\nSerial number: 7K03B21PAZ4C9D1\n';

describe('buildEml', () => {
  it('a multipart draft: plain-text body, the XML attached byte for byte, X-Unsent: 1', () => {
    const raw = buildEml({
      to: 'support_rpwd@global.dahuatech.com',
      subject: 'Password reset request: 7K03B21PAZ4C9D1',
      body: BODY,
      attachment: { name: 'PwdReset_7K03B21PAZ4C9D1.xml', bytes: XML, mime: 'application/xml' },
      date: Date.UTC(2025, 2, 4, 10, 30),
    });
    // Every line ends in CRLF and stays within the RFC 5322 hard limit.
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(raw.split('\r\n').every((l) => l.length <= 998)).toBe(true);

    const { top, parts } = parseEml(raw);
    expect(top.headers.get('to')).toBe('<support_rpwd@global.dahuatech.com>');
    expect(top.headers.get('subject')).toBe('Password reset request: 7K03B21PAZ4C9D1');
    expect(top.headers.get('x-unsent')).toBe('1');
    expect(top.headers.get('mime-version')).toBe('1.0');
    expect(top.headers.get('date')).toBe('Tue, 04 Mar 2025 10:30:00 +0000');
    // No invented sender: the mail client fills it in.
    expect(top.headers.has('from')).toBe(false);
    expect(top.headers.has('message-id')).toBe(false);
    expect(top.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=/);

    expect(parts).toHaveLength(2);
    const [text, attachment] = parts as [Part, Part];
    expect(text.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    expect(text.headers.get('content-transfer-encoding')).toBe('7bit');
    expect(text.body.replace(/\r\n/g, '\n').trimEnd()).toBe(BODY.trimEnd());

    expect(attachment.headers.get('content-type')).toBe(
      'application/xml; name="PwdReset_7K03B21PAZ4C9D1.xml"',
    );
    expect(attachment.headers.get('content-disposition')).toBe(
      'attachment; filename="PwdReset_7K03B21PAZ4C9D1.xml"',
    );
    expect(attachment.headers.get('content-transfer-encoding')).toBe('base64');
    expect(attachment.body.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    const decoded = new Uint8Array(Buffer.from(attachment.body.replace(/\r\n/g, ''), 'base64'));
    expect(decoded).toEqual(XML);
  });

  it('binary and odd-length attachments survive byte for byte', () => {
    for (const length of [0, 1, 2, 3, 57, 58, 1000]) {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 151 + 7) % 256);
      const { parts } = parseEml(
        buildEml({ to: '', subject: 's', body: 'b', attachment: { name: 'x.xml', bytes } }),
      );
      const attachment = parts[1]!;
      expect(
        new Uint8Array(Buffer.from(attachment.body.replace(/\r\n/g, ''), 'base64')),
        `length ${length}`,
      ).toEqual(bytes);
    }
  });

  it('non-ASCII subject, body and file name are encoded and decode back', () => {
    const subject =
      'Réinitialisation du mot de passe — enregistreur 入口 7K03B21PAZ4C9D1, merci beaucoup pour votre aide';
    const body = 'Bonjour,\nCaméra entrée 入口.\n' + 'x'.repeat(120) + '\nFin  \n';
    const raw = buildEml({
      to: 'rma@distributor.example',
      subject,
      body,
      attachment: { name: 'Réinit.xml', bytes: XML },
      from: 'tech@installer.example',
    });
    const headerBlock = raw.slice(0, raw.indexOf('\r\n\r\n'));
    // Headers are 7-bit, and each encoded word is at most 75 characters (RFC 2047).
    expect(headerBlock).toMatch(/^[\x20-\x7e\r\n]*$/);
    for (const word of headerBlock.match(/=\?[^?]+\?B\?[^?]*\?=/g) ?? [])
      expect(word.length).toBeLessThanOrEqual(75);

    const { top, parts } = parseEml(raw);
    expect(top.headers.get('subject')).toMatch(/^=\?UTF-8\?B\?/);
    expect(decodeWords(top.headers.get('subject')!)).toBe(subject);
    expect(top.headers.get('from')).toBe('<tech@installer.example>');
    expect(top.headers.get('message-id')).toMatch(/@installer\.example>$/);

    const text = parts[0]!;
    expect(text.headers.get('content-transfer-encoding')).toBe('quoted-printable');
    expect(text.body.split('\r\n').every((l) => l.length <= 76)).toBe(true);
    expect(decodeQuotedPrintable(text.body).replace(/\r\n/g, '\n').replace(/\n+$/, '')).toBe(
      body.replace(/\n$/, ''),
    );

    const disposition = parts[1]!.headers.get('content-disposition')!;
    expect(disposition).toContain('filename="R_init.xml"');
    expect(disposition).toContain("filename*=UTF-8''R%C3%A9init.xml");
  });

  it('a header injection attempt stays inside the Subject', () => {
    const raw = buildEml({
      to: 'a@b.example',
      subject: 'Reset\r\nBcc: victim@example.com',
      body: 'b',
      attachment: { name: 'x.xml', bytes: XML },
    });
    const { top } = parseEml(raw);
    expect(top.headers.has('bcc')).toBe(false);
    expect(top.headers.get('subject')).toBe('Reset Bcc: victim@example.com');
  });

  it('refuses invalid addresses instead of writing them into headers', () => {
    const attachment = { name: 'x.xml', bytes: XML };
    expect(() =>
      buildEml({ to: 'a@b.example\r\nBcc: c@d.example', subject: 's', body: 'b', attachment }),
    ).toThrow(/not a valid e-mail address/);
    expect(() => buildEml({ to: 'a@b.example', subject: 's', body: 'b', attachment, from: 'me' })).toThrow(
      /From address/,
    );
  });

  it('long ASCII subjects are folded, not encoded', () => {
    const subject =
      'Password reset request (XML file): DHI-NVR4108HS-8P-4KS2/L, serial 7K03B21PAZ4C9D1, site Warehouse North';
    const raw = buildEml({ to: '', subject, body: 'b', attachment: { name: 'x.xml', bytes: XML } });
    const line = raw.split('\r\n').find((l) => l.startsWith('Subject:'))!;
    expect(line.length).toBeLessThanOrEqual(78);
    expect(parseEml(raw).top.headers.get('subject')).toBe(subject);
  });
});
