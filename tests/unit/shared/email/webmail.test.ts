import { describe, expect, it } from 'vitest';
import { detectWebmail, OUTLOOK_HOSTS, WEBMAIL_MATCH_PATTERNS } from '../../../../shared/email/index';

describe('detectWebmail', () => {
  it('Gmail and the four Outlook hosts', () => {
    expect(detectWebmail('https://mail.google.com/mail/u/0/#inbox')).toBe('gmail');
    expect(detectWebmail('https://MAIL.GOOGLE.COM/mail/')).toBe('gmail');
    for (const host of [
      'outlook.cloud.microsoft',
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.live.com',
    ]) {
      expect(detectWebmail(`https://${host}/mail/inbox`), host).toBe('outlook');
    }
  });

  it('look-alikes and other pages are not webmail', () => {
    for (const url of [
      'https://mail.google.com.attacker.example/',
      'https://attacker.example/mail.google.com',
      'https://google.com/',
      'https://outlook.com/',
      'https://evil-outlook.office.com/',
      'http://192.168.1.108/',
      'file:///mail.google.com',
      'not a url',
      '',
    ]) {
      expect(detectWebmail(url), url).toBeNull();
    }
  });

  it('content-script match patterns cover exactly these hosts over https', () => {
    expect(WEBMAIL_MATCH_PATTERNS).toEqual([
      'https://mail.google.com/*',
      ...OUTLOOK_HOSTS.map((h) => `https://${h}/*`),
    ]);
  });
});
