import { afterAll, describe, expect, it } from 'vitest';
import { quickGate } from '../../../../shared/detection/quick-gate';
import { closeTestWindow, parseHtml, PRIVATE_URL } from './dom';

afterAll(closeTestWindow);

const page = (head: string, body = '') =>
  parseHtml(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);

describe('quickGate', () => {
  it('leaves ordinary pages alone', () => {
    expect(
      quickGate(
        page('<title>News</title><script src="/app.js"></script>', '<input type="password">'),
        'https://news.example.com/',
      ),
    ).toBe('none');
    expect(quickGate(page(''), PRIVATE_URL)).toBe('none');
  });

  it('scans pages whose first scripts or links are Dahua paths', () => {
    expect(quickGate(page('<script src="jsBase/lib/jquery.js"></script>'), PRIVATE_URL)).toBe('scan');
    expect(quickGate(page('<link rel="icon" href="/baseProj/images/favicon.ico">'), PRIVATE_URL)).toBe(
      'scan',
    );
    expect(quickGate(page('', '<input id="t_username">'), PRIVATE_URL)).toBe('scan');
  });

  it('watches weak hints without a login form yet, scans them with one', () => {
    expect(quickGate(page('<title>WEB SERVICE</title>', '<div id="root"></div>'), PRIVATE_URL)).toBe('watch');
    expect(quickGate(page('<title>Login</title>'), 'http://abc.dahuaddns.com:8080/')).toBe('watch');
    expect(quickGate(page('<title>WEB SERVICE</title>', '<input type="PASSWORD">'), PRIVATE_URL)).toBe(
      'scan',
    );
  });

  it('stops at DVR Netview', () => {
    expect(
      quickGate(page('<title>DVR Netview</title><script src="jsBase/x.js"></script>'), PRIVATE_URL),
    ).toBe('none');
  });

  it('looks only at the first few scripts', () => {
    const many = Array.from({ length: 40 }, (_, i) => `<script src="/lib/${i}.js"></script>`).join('');
    expect(quickGate(page(`${many}<script src="jsBase/lib/jquery.js"></script>`), PRIVATE_URL)).toBe('none');
  });
});
