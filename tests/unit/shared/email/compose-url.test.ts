import { describe, expect, it } from 'vitest';
import {
  COMPOSE_URL_MAX_LENGTH,
  gmailComposeUrl,
  mailtoUrl,
  OUTLOOK_HOSTS,
  outlookComposeUrl,
  TRUNCATION_NOTE,
} from '../../../../shared/email/index';

const TRICKY = {
  to: 'support_rpwd@global.dahuatech.com',
  subject: 'Reset & check #1 = ok? 100%',
  body: 'Line one + two\nCaméra entrée 入口 📷\nlast',
};

function param(url: string, name: string): string | null {
  const query = url.slice(url.indexOf('?') + 1);
  for (const pair of query.split('&')) {
    const [k, v] = pair.split('=');
    if (k === name) return decodeURIComponent(v ?? '');
  }
  return null;
}

describe('compose URLs: encoding', () => {
  it('Gmail: view=cm&fs=1 with to, su and body; every special character escaped', () => {
    const { url, truncated } = gmailComposeUrl(TRICKY);
    expect(truncated).toBe(false);
    expect(url).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=support_rpwd%40global.dahuatech.com' +
        '&su=Reset%20%26%20check%20%231%20%3D%20ok%3F%20100%25' +
        '&body=Line%20one%20%2B%20two%0ACam%C3%A9ra%20entr%C3%A9e%20%E5%85%A5%E5%8F%A3%20%F0%9F%93%B7%0Alast',
    );
    expect(param(url, 'su')).toBe(TRICKY.subject);
    expect(param(url, 'body')).toBe(TRICKY.body);
  });

  it('Outlook: deeplink compose on each host, %20 for spaces, never +', () => {
    for (const host of OUTLOOK_HOSTS) {
      const { url } = outlookComposeUrl(TRICKY, host);
      const path = host === 'outlook.live.com' ? '/mail/0/deeplink/compose' : '/mail/deeplink/compose';
      expect(
        url.startsWith(`https://${host}${path}?to=support_rpwd%40global.dahuatech.com&subject=Reset%20%26`),
      ).toBe(true);
      expect(url).not.toContain('+');
      expect(url).not.toMatch(/[ #\n]/);
      expect(param(url, 'subject')).toBe(TRICKY.subject);
      expect(param(url, 'body')).toBe(TRICKY.body);
    }
  });

  it('mailto: RFC 6068, address with a literal @, CRLF line breaks', () => {
    const { url } = mailtoUrl(TRICKY);
    expect(
      url.startsWith('mailto:support_rpwd@global.dahuatech.com?subject=Reset%20%26%20check%20%231'),
    ).toBe(true);
    expect(url).toContain('two%0D%0ACam%C3%A9ra');
    expect(param(url, 'body')).toBe(TRICKY.body.replace(/\n/g, '\r\n'));
  });

  it('CR/LF in the subject or recipient cannot reach the URL as line breaks', () => {
    const { url } = gmailComposeUrl({ to: 'a@b.example\r\n', subject: 'one\r\ntwo', body: 'x\r\ny' });
    expect(param(url, 'su')).toBe('one two');
    expect(param(url, 'to')).toBe('a@b.example');
    expect(param(url, 'body')).toBe('x\ny');
  });

  it('a lone surrogate does not throw', () => {
    expect(() => mailtoUrl({ to: '', subject: 'bad \uD800 char', body: '\uDC00' })).not.toThrow();
    expect(mailtoUrl({ to: '', subject: 'a', body: 'b' }).url).toBe('mailto:?subject=a&body=b');
  });
});

describe('compose URLs: length limit', () => {
  const lines = Array.from(
    { length: 80 },
    (_, i) => `Line ${String(i + 1).padStart(2, '0')}: the quick brown fox, éèê`,
  );
  const long = {
    to: 'support_rpwd@global.dahuatech.com',
    subject: 'Password reset request',
    body: lines.join('\n'),
  };

  for (const [name, build] of [
    ['gmail', (f: typeof long) => gmailComposeUrl(f)],
    ['outlook', (f: typeof long) => outlookComposeUrl(f, 'outlook.office.com')],
    ['mailto', (f: typeof long) => mailtoUrl(f)],
  ] as const) {
    it(`${name}: a long body is cut at a line boundary and says the full text is on the clipboard`, () => {
      const { url, truncated } = build(long);
      expect(truncated).toBe(true);
      expect(url.length).toBeLessThanOrEqual(COMPOSE_URL_MAX_LENGTH);
      const body = param(url, 'body')!.replace(/\r\n/g, '\n');
      const [kept, note] = body.split('\n\n');
      expect(note).toBe(TRUNCATION_NOTE);
      const keptLines = kept!.split('\n');
      expect(keptLines.length).toBeGreaterThan(5);
      expect(keptLines).toEqual(lines.slice(0, keptLines.length));
      // Nothing that could still fit was dropped: with one more line the URL would not fit.
      const oneMore = build({
        ...long,
        body: [...lines.slice(0, keptLines.length + 1), '', TRUNCATION_NOTE].join('\n'),
      });
      expect(oneMore.truncated).toBe(true);
      const exact = build({
        ...long,
        body: [...lines.slice(0, keptLines.length), '', TRUNCATION_NOTE].join('\n'),
      });
      expect(exact).toEqual({ url, truncated: false });
    });
  }

  it('a body that fits is untouched', () => {
    const short = { ...long, body: lines.slice(0, 5).join('\n') };
    expect(gmailComposeUrl(short)).toMatchObject({ truncated: false });
    expect(param(gmailComposeUrl(short).url, 'body')).toBe(short.body);
  });

  it('one huge line is cut inside the line, at a space', () => {
    const { url, truncated } = gmailComposeUrl({ ...long, body: 'word '.repeat(2000) });
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(COMPOSE_URL_MAX_LENGTH);
    expect(param(url, 'body')).toMatch(/^(word )*word\n\n\[Shortened/);
  });

  it('a subject too long for any body is shortened, and the URL still fits', () => {
    const { url, truncated } = outlookComposeUrl(
      { ...long, subject: 'é'.repeat(1500) },
      'outlook.cloud.microsoft',
    );
    expect(truncated).toBe(true);
    expect(url.length).toBeLessThanOrEqual(COMPOSE_URL_MAX_LENGTH);
    expect(param(url, 'body')).toBe(TRUNCATION_NOTE);
  });

  it('honours a custom limit and note', () => {
    const { url } = mailtoUrl(long, { maxLength: 600, truncationNote: '[cut]' });
    expect(url.length).toBeLessThanOrEqual(600);
    expect(param(url, 'body')!.endsWith('\r\n\r\n[cut]')).toBe(true);
  });
});
