/**
 * The pages' own JavaScript, run by happy-dom against the simulator CLI in a child process:
 * the Web5 SPA renders its form late, submitting does the two-step global.login, and
 * "Forgot password?" fetches a fresh reset blob and shows it as a QR <img>.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Browser, type BrowserPage } from 'happy-dom';
import { RESET_QR } from '../../simulator/qr-payload';
import { startCli, waitFor, type CliSimulator } from './cli-process';

let cli: CliSimulator;
let browser: Browser;

beforeAll(async () => {
  cli = await startCli();
  browser = new Browser({
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      // Stylesheets are irrelevant here; without this happy-dom logs an error per <link>.
      handleDisabledFileLoadingAsSuccess: true,
    },
  });
}, 30_000);

afterAll(async () => {
  await browser?.close();
  await cli?.stop();
});

async function open(id: string, path = '/'): Promise<{ page: BrowserPage; doc: Document }> {
  const origin = cli.origins[id];
  if (!origin) throw new Error(`no origin for ${id}`);
  const page = browser.newPage();
  await page.goto(`${origin}${path}`);
  return { page, doc: page.mainFrame.document as unknown as Document };
}

function input(doc: Document, id: string): HTMLInputElement {
  const el = doc.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as HTMLInputElement;
}

describe('CLI', () => {
  it('prints the hub and every default device URL', () => {
    expect(cli.hub).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Object.keys(cli.origins)).toEqual([
      'dahua-hcvr-plugin',
      'dahua-nvr-web3',
      'dahua-nvr-h5',
      'dahua-xvr-web5',
      'amcrest-nvr',
      'lorex-nvr',
      'dahua-nvr-uninit',
    ]);
  });
});

describe('Web5.0 SPA', () => {
  it('renders the login form only after its JS has run (~300–800 ms)', async () => {
    cli.mark();
    const { page, doc } = await open('dahua-xvr-web5');
    expect(doc.getElementById('root')?.childNodes.length).toBe(0);
    expect(doc.querySelector('input[type=password]')).toBeNull();
    await waitFor(
      () => doc.querySelector('#root input[type=password]') !== null,
      5000,
      'the Web5 login form',
    );
    // The CLI logs each request on its stdout, which can reach us after the page has rendered:
    // wait for the lazy chunk's line rather than read the log at one instant.
    const web5Paths = (): string[] =>
      cli
        .requests()
        .filter((r) => r.deviceId === 'dahua-xvr-web5')
        .map((r) => r.path);
    await waitFor(() => web5Paths().length >= 4, 5000, 'the lazy chunk request in the log');
    const paths = web5Paths();
    expect(paths[0]).toBe('/');
    expect(paths.slice(1, 3)).toEqual([
      expect.stringMatching(/^\/static\/js\/2\.[0-9a-f]{8}\.chunk\.js$/),
      expect.stringMatching(/^\/static\/js\/main\./),
    ]);
    expect(paths[3]).toMatch(/^\/static\/js\/7\.[0-9a-f]{8}\.chunk\.js$/);
    expect(doc.getElementById('device_info')?.textContent).toContain('XVR5108HS-I3');
    await page.close();
  }, 15_000);

  it('logs in with clientType Web5.0 and echoes realm/random/opaque in step two', async () => {
    const { page, doc } = await open('dahua-xvr-web5');
    await waitFor(() => doc.getElementById('user_pwd') !== null, 5000, 'the Web5 login form');
    cli.mark();
    input(doc, 'user_pwd').value = 'Secret123';
    (doc.getElementById('login_button') as HTMLElement).click();
    await waitFor(
      () => /attempt/.test(doc.getElementById('login_error')?.textContent ?? ''),
      5000,
      'the login answer',
    );
    const calls = cli
      .requests()
      .filter((r) => r.path === '/RPC2_Login')
      .map((r) => JSON.parse(r.body) as Record<string, any>);
    expect(calls[0]).toEqual({
      method: 'global.login',
      params: { userName: 'admin', password: '', clientType: 'Web5.0', loginType: 'Direct' },
      id: 1,
    });
    expect(calls).toHaveLength(2);
    const second = calls[1] as Record<string, any>;
    expect(second.params.clientType).toBe('Web5.0');
    expect(second.params.realm).toMatch(/^Login to [0-9a-f]{32}$/);
    expect(second.params.opaque).toMatch(/^[0-9a-f]{40}$/);
    expect(second.params.random).toMatch(/^\d+$/);
    await page.close();
  }, 15_000);
});

describe('login submit (H5 inline script)', () => {
  it('sends the exact first call, then an MD5 step two, and shows remaining attempts', async () => {
    const { page, doc } = await open('dahua-nvr-h5');
    cli.mark();
    input(doc, 'login_psw').value = 'wrong-password';
    (doc.getElementById('login_btn') as HTMLElement).click();
    await waitFor(
      () => (doc.getElementById('login_tip')?.textContent ?? '') !== '',
      5000,
      'the login message',
    );
    expect(doc.getElementById('login_tip')?.textContent).toBe(
      'User name or password is incorrect. 4 attempt(s) left.',
    );
    const calls = cli.requests().filter((r) => r.path === '/RPC2_Login');
    expect(calls).toHaveLength(2);
    expect(calls[0]?.body).toBe(
      '{"method":"global.login","params":{"userName":"admin","password":"","clientType":"Web3.0","loginType":"Direct"},"id":1}',
    );
    const second = JSON.parse(calls[1]?.body ?? '{}') as Record<string, any>;
    expect(second.id).toBe(2);
    expect(second.params.password).toMatch(/^[0-9A-F]{32}$/);
    expect(second.params.authorityType).toBe('Default');
    expect(second.session).toMatch(/^[0-9a-f]{32}$/);
    await page.close();
  }, 15_000);

  it('sends nothing on page load and nothing when the password is empty (plugin page, external login.js)', async () => {
    cli.mark();
    const { page, doc } = await open('dahua-hcvr-plugin');
    (doc.getElementById('login_btn') as HTMLElement).click();
    expect(doc.getElementById('login_tip')?.textContent).toBe('Please input password.');
    await new Promise((r) => setTimeout(r, 200));
    expect(cli.requests().filter((r) => r.method === 'POST')).toEqual([]);
    expect(cli.requests().map((r) => r.path)).toEqual(
      expect.arrayContaining(['/', '/js/common.js', '/js/login.js']),
    );
    await page.close();
  }, 15_000);
});

describe('Forgot password? (Web3 page, jQuery-era scripts)', () => {
  it('POSTs PasswdFind.getDescript and shows the fresh blob as a QR image with the masked e-mail', async () => {
    const { page, doc } = await open('dahua-nvr-web3');
    cli.mark();
    (doc.getElementById('a_forget') as HTMLElement).click();
    await waitFor(() => doc.getElementById('reset_qrcode') !== null, 5000, 'the reset dialog');
    const posts = cli.requests().filter((r) => r.method === 'POST');
    expect(posts.map((r) => [r.path, JSON.parse(r.body).method])).toEqual([
      ['/OutsideCmd', 'PasswdFind.getDescript'],
    ]);
    const src = doc.getElementById('reset_qrcode')?.getAttribute('src') ?? '';
    const shown = new URLSearchParams(src.slice(src.indexOf('?') + 1)).get('d') ?? '';
    expect(shown).toMatch(RESET_QR);
    await waitFor(() => cli.payloads().length === 1, 2000, 'the payload line');
    expect(cli.payloads()).toEqual([shown]);
    expect(doc.getElementById('reset_email')?.textContent).toBe('j***@example.com');
    expect(doc.querySelector('.ui-dialog-content #reset_securityCode')).not.toBeNull();

    // A second click replaces the dialog with a new blob, as the device regenerates it.
    (doc.getElementById('a_forget') as HTMLElement).click();
    await waitFor(() => cli.payloads().length === 2, 5000, 'the second payload');
    await waitFor(
      () => (doc.getElementById('reset_qrcode')?.getAttribute('src') ?? '') !== src,
      2000,
      'the new QR',
    );
    expect(doc.querySelectorAll('#reset_dialog')).toHaveLength(1);
    (doc.getElementById('reset_cancel') as HTMLElement).click();
    expect(doc.getElementById('reset_dialog')).toBeNull();
    await page.close();
  }, 15_000);
});

describe('Device Initialization wizard', () => {
  it('validates the password rules locally before sending anything', async () => {
    const { page, doc } = await open('dahua-nvr-uninit');
    cli.mark();
    input(doc, 'init_pwd').value = 'short';
    (doc.getElementById('init_next') as HTMLElement).click();
    expect(doc.getElementById('init_tip')?.textContent).toBe('The password must be 8 to 32 characters.');
    input(doc, 'init_pwd').value = 'abcdefgh';
    (doc.getElementById('init_next') as HTMLElement).click();
    expect(doc.getElementById('init_tip')?.textContent).toBe(
      'Use at least two kinds of letters, numbers and symbols.',
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(cli.requests().filter((r) => r.method === 'POST')).toEqual([]);
    await page.close();
  }, 15_000);
});

describe('shutdown', () => {
  it('stops cleanly on SIGTERM', async () => {
    const other = await startCli(['--port', '0', '--quiet']);
    const { code } = await other.stop();
    expect(code).toBe(0);
    expect(other.stdout()).toContain('SIGTERM: stopping the simulator');
  }, 30_000);
});
