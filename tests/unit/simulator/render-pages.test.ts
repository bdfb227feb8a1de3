/**
 * renderDevicePage() as a pure function, parsed with happy-dom's DOMParser (no JS run):
 * what the detector's own unit tests will see.
 */
import { describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import { DEFAULT_DEVICES, type SimDevice } from '../../simulator/devices';
import { renderDevicePage } from '../../simulator/pages/index';
import { RESET_QR, buildResetPayload } from '../../simulator/qr-payload';

const device = (id: string): SimDevice => DEFAULT_DEVICES.find((d) => d.id === id) as SimDevice;

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('Web5.0 SPA shell', () => {
  const web5 = device('dahua-xvr-web5');

  it('has an empty #root and no password input before JS', () => {
    const doc = parse(renderDevicePage(web5, 'login'));
    const root = doc.getElementById('root');
    expect(root).not.toBeNull();
    expect(root?.childNodes.length).toBe(0);
    expect(doc.querySelector('input[type=password]')).toBeNull();
    expect(doc.querySelector('form')).toBeNull();
    expect(doc.title).toBe('WEB SERVICE');
  });

  it('carries an inline webpack runtime mapping chunk ids to hashes', () => {
    const doc = parse(renderDevicePage(web5, 'login'));
    const inline = [...doc.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n');
    expect(inline).toMatch(
      /"static\/js\/"\+\(\{\}\[e\]\|\|e\)\+"\."\+\{(\d+:"[0-9a-f]{8}",?){24,}\}\[e\]\+"\.chunk\.js"/,
    );
    const srcs = [...doc.querySelectorAll('script[src]')].map((s) => s.getAttribute('src'));
    expect(srcs).toHaveLength(2);
    for (const src of srcs) expect(src).toMatch(/^\/static\/js\/(?:\d+|main)\.[0-9a-f]{8}\.chunk\.js$/);
  });

  it('hydrated: the DOM once the SPA has rendered the login form', () => {
    const doc = parse(renderDevicePage(web5, 'login', { hydrated: true }));
    expect(doc.querySelector('#root input[type=password]')).not.toBeNull();
    expect(doc.getElementById('forget_pwd')?.textContent).toBe('Forgot password?');
    expect(doc.getElementById('device_info')?.textContent).toBe(
      'Device Type: XVR5108HS-I3  |  Version: V4.001.0000002.4.R, Build Date: 2022-06-14',
    );
  });
});

describe('login state', () => {
  it('has a "Forgot password?" link on every login page', () => {
    for (const d of DEFAULT_DEVICES) {
      const doc = parse(renderDevicePage(d, 'login', { hydrated: true }));
      const links = [...doc.querySelectorAll('a')].filter((a) => a.textContent === 'Forgot password?');
      expect(links, d.id).toHaveLength(1);
    }
  });

  it('shows the model in the footer only when showModelOnLogin is set', () => {
    const h5 = device('dahua-nvr-h5');
    const shown = parse(renderDevicePage(h5, 'login'));
    expect(shown.querySelector('.footer')?.textContent).toContain('DHI-NVR5232-4KS2');
    expect(shown.querySelector('.footer')?.textContent).toContain('V4.002.0000000.8.R');
    const hidden = parse(renderDevicePage({ ...h5, showModelOnLogin: false }, 'login'));
    expect(hidden.querySelector('.footer')).toBeNull();
    expect(renderDevicePage({ ...h5, showModelOnLogin: false }, 'login')).not.toContain('NVR5232');
  });

  it('web3 shows the model but no firmware (that UI has no version line)', () => {
    const web3 = { ...device('dahua-nvr-web3'), showModelOnLogin: true };
    const text = parse(renderDevicePage(web3, 'login')).getElementById('device_info')?.textContent;
    expect(text).toBe('Device Type: NVR4216-4KS2');
  });

  it('Amcrest: Amcrest Technologies footer plus an LDAPUser option, on the Web3 structure', () => {
    const doc = parse(renderDevicePage(device('amcrest-nvr'), 'login'));
    expect(doc.getElementById('copyright')?.textContent).toContain('Amcrest Technologies');
    expect([...doc.querySelectorAll('#slct_userType option')].map((o) => o.getAttribute('value'))).toContain(
      'LDAPUser',
    );
    expect(doc.getElementById('t_username')).not.toBeNull();
  });

  it('Lorex: baseProj UI with the Lorex logo', () => {
    const doc = parse(renderDevicePage(device('lorex-nvr'), 'login'));
    expect(doc.querySelector('link[rel="shortcut icon"]')?.getAttribute('href')).toBe(
      '/baseProj/images/favicon.ico',
    );
    expect(doc.getElementById('login_logo')?.getAttribute('alt')).toBe('LOREX');
    expect(doc.getElementById('copyright')?.textContent).toMatch(/\bLorex\b/);
  });

  it('escapes device text (tests may add devices with any model string)', () => {
    const odd = { ...device('dahua-nvr-h5'), model: '<img src=x onerror=alert(1)>', showModelOnLogin: true };
    const html = renderDevicePage(odd, 'login');
    expect(html).not.toContain('<img src=x');
    expect(parse(html).getElementById('device_info')?.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('is deterministic', () => {
    for (const d of DEFAULT_DEVICES)
      expect(renderDevicePage(d, 'login')).toBe(renderDevicePage({ ...d }, 'login'));
  });
});

describe('forgot state', () => {
  for (const d of DEFAULT_DEVICES.filter((x) => x.initialized)) {
    it(`${d.id}: QR image, masked e-mail, instructions and security-code input`, () => {
      const payload = buildResetPayload(d, 5);
      const doc = parse(renderDevicePage(d, 'forgot', { payload }));
      const img = doc.getElementById('reset_qrcode');
      expect(img?.tagName).toBe('IMG');
      const src = img?.getAttribute('src') ?? '';
      expect(src.startsWith('/__sim/qr.png?d=')).toBe(true);
      const shown = new URLSearchParams(src.slice(src.indexOf('?') + 1)).get('d') ?? '';
      expect(shown).toBe(payload);
      expect(shown).toMatch(RESET_QR);
      const email = doc.getElementById('reset_email')?.textContent;
      expect(email).toBe(
        d.email === '' ? '(no email reserved)' : `${d.email[0]}***${d.email.slice(d.email.indexOf('@'))}`,
      );
      expect(doc.getElementById('reset_steps')?.textContent).toContain('valid for 24 hours');
      expect(doc.querySelector('input#reset_securityCode')).not.toBeNull();
      expect(doc.getElementById('reset_dialog')?.textContent).not.toContain(d.email === '' ? '@@' : d.email);
    });
  }

  it('defaults to blob #0 when no payload is given', () => {
    const d = device('dahua-nvr-web3');
    expect(renderDevicePage(d, 'forgot')).toContain(encodeURIComponent(buildResetPayload(d, 0)));
  });

  it('Dahua dialogs name the support address, OEM dialogs do not', () => {
    expect(renderDevicePage(device('dahua-nvr-h5'), 'forgot')).toContain('support_rpwd@global.dahuatech.com');
    expect(renderDevicePage(device('amcrest-nvr'), 'forgot')).not.toContain('dahuatech.com');
  });
});

describe('init state (Device Initialization wizard)', () => {
  for (const d of DEFAULT_DEVICES) {
    it(`${d.id}: password, confirmation, reserved e-mail and licence fields`, () => {
      const doc = parse(renderDevicePage(d, 'init'));
      expect(doc.querySelector('.init-title')?.textContent).toBe('Device Initialization');
      expect(doc.querySelector('#init_pwd[type=password]')).not.toBeNull();
      expect(doc.querySelector('#init_pwd_confirm[type=password]')).not.toBeNull();
      expect(doc.querySelector('#init_email[type=email]')).not.toBeNull();
      expect(doc.querySelector('#init_eula[type=checkbox]')).not.toBeNull();
      expect(doc.getElementById('init_user')?.getAttribute('value')).toBe('admin');
      expect(doc.querySelector('.init-rule')?.textContent).toContain('8 to 32 characters');
      // No login form next to the wizard.
      expect(doc.querySelector('a[id$="forget"], #forget_pwd, #login_forget')).toBeNull();
    });
  }
});
