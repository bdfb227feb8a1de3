/**
 * The VS Code guide webview in real Chromium, without VS Code: a tiny local server serves the
 * HTML the extension renders (extension/src/guide/html.ts, same CSP and nonce) and the built
 * bundle (extension/dist/webview), and a fake `acquireVsCodeApi` — injected with the page's
 * nonce, as VS Code injects its own — forwards every message to this test, which answers as
 * the extension host would (protocol.ts).
 *
 * Checks: the Preact guide renders, the CSP blocks a script without the nonce, requests and
 * responses round-trip (storage, device, status), host events re-render it, progress survives
 * a reload, and acquireVsCodeApi is called exactly once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderGuideHtml } from '../../extension/src/guide/html';
import type { GuideRequest, HostMessage, RequestMessage } from '../../extension/webview/protocol';
import type { DetectedDevice } from '../../ui/guide-host';
import { CHROMIUM, ROOT } from './harness/paths';

const BUNDLE = join(ROOT, 'extension', 'dist', 'webview');
const NONCE = 'N0nceN0nceN0nceN0nceN0nceN0nce12';

/** What the fake extension host holds and saw. */
const host = {
  store: new Map<string, unknown>(),
  device: null as DetectedDevice | null,
  requests: [] as GuideRequest[],
  clipboard: '',
};

let server: Server;
let origin = '';
let browser: Browser;

function page(): string {
  const html = renderGuideHtml({
    cspSource: origin,
    scriptUri: `${origin}/dist/webview/guide.js`,
    styleUri: `${origin}/dist/webview/guide.css`,
    nonce: NONCE,
    readScreen: false,
  });
  // VS Code defines acquireVsCodeApi before the page's scripts; so does this stand-in, under
  // the page's nonce. The second script has no nonce: the CSP must stop it.
  const fake = `<script nonce="${NONCE}">
(() => {
  let acquired = 0;
  let state;
  window.__acquireCalls = () => acquired;
  window.acquireVsCodeApi = () => {
    if (++acquired > 1) throw new Error('An instance of the VS Code API has already been acquired');
    return Object.freeze({
      postMessage: (message) => window.__vscodePost(JSON.parse(JSON.stringify(message))),
      getState: () => state,
      setState: (next) => { state = next; window.__vscodeState = next; },
    });
  };
})();
</script>
<script>window.__unsafeInlineRan = true;</script>`;
  return html.replace('<div id="app"></div>', `<div id="app"></div>\n${fake}`);
}

/** The extension host's answer to one request (the real one is GuideBridge). */
function answer(request: GuideRequest): unknown {
  switch (request.method) {
    case 'store.get':
      return host.store.get(request.key) ?? null;
    case 'store.set':
      host.store.set(request.key, request.value);
      return null;
    case 'store.remove':
      host.store.delete(request.key);
      return null;
    case 'store.keys':
      return [...host.store.keys()].filter((k) => k.startsWith(request.prefix));
    case 'currentDevice':
      return host.device;
    case 'readDevice':
      return host.device
        ? {
            status: {
              initialized: false,
              find: '',
              secretQuestions: false,
              xmlReset: true,
              resetSupported: true,
              raw: {},
            },
            shown: {},
          }
        : null;
    case 'copyText':
      host.clipboard = request.text;
      return null;
    default:
      return null;
  }
}

async function openGuide(): Promise<{ tab: Page; problems: string[] }> {
  const tab = await browser.newPage();
  const problems: string[] = [];
  tab.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  tab.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  await tab.exposeFunction('__vscodePost', async (message: RequestMessage) => {
    host.requests.push(message.request);
    const response: HostMessage = {
      kind: 'response',
      id: message.id,
      ok: true,
      value: answer(message.request),
    };
    // Host → webview messages arrive as window 'message' events, as in VS Code.
    await tab.evaluate((m) => window.postMessage(m, '*'), response);
  });
  await tab.goto(`${origin}/`);
  return { tab, problems };
}

beforeAll(async () => {
  if (!existsSync(join(BUNDLE, 'guide.js'))) {
    throw new Error(`No built webview in ${BUNDLE}: run \`npm run build:vscode\` first (npm test does).`);
  }
  server = createServer((req, res) => {
    if (req.url === '/') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(page());
      return;
    }
    // A tab asks for a favicon; a webview never does.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = { '/dist/webview/guide.js': 'guide.js', '/dist/webview/guide.css': 'guide.css' }[
      req.url ?? ''
    ];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
    res.end(readFileSync(join(BUNDLE, file)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});
beforeEach(() => {
  host.requests.length = 0;
});

describe('Chromium: the VS Code guide webview', () => {
  it('renders the guide under the strict CSP and asks the host for the device', async () => {
    host.store.clear();
    host.device = null;
    const { tab, problems } = await openGuide();
    await expect.poll(() => tab.getByTestId('no-device').count()).toBe(1);
    expect(await tab.locator('h1').textContent()).toBe('Recorder Reset Copilot');
    expect(host.requests.map((r) => r.method)).toContain('currentDevice');
    // Only the nonce'd scripts ran.
    expect(
      await tab.evaluate(
        () => (window as unknown as { __unsafeInlineRan?: boolean }).__unsafeInlineRan ?? false,
      ),
    ).toBe(false);
    expect(
      await tab.evaluate(() => (window as unknown as { __acquireCalls(): number }).__acquireCalls()),
    ).toBe(1);
    expect(await tab.evaluate(() => (window as unknown as { __vscodeState: unknown }).__vscodeState)).toEqual(
      { view: 'guide', version: 1 },
    );
    // The theme stylesheet loaded from the extension's own origin and follows VS Code's colours
    // (VS Code sets --vscode-* variables on the webview's root).
    const accent = await tab.evaluate(() => {
      document.documentElement.style.setProperty('--vscode-textLink-foreground', 'rgb(1, 2, 3)');
      return getComputedStyle(document.documentElement).getPropertyValue('--accent').trim();
    });
    expect(accent).toBe('rgb(1, 2, 3)');
    // The only console error is the CSP refusing the nonce-less inline script.
    expect(problems.filter((p) => !/Content Security Policy/.test(p))).toEqual([]);
    expect(problems.some((p) => /Content Security Policy/.test(p))).toBe(true);
    await tab.close();
  });

  it('keeps a hand-entered case in the host store across a reload', async () => {
    host.store.clear();
    host.device = null;
    const first = await openGuide();
    await first.tab.getByTestId('manual-model').fill('DHI-NVR5232-4KS2');
    await first.tab.getByTestId('manual-serial').fill('6G04A2DPAJ93F5C');
    await first.tab.getByRole('button', { name: 'Start the guide' }).click();
    await expect.poll(() => first.tab.getByTestId('device-title').count()).toBe(1);
    await expect.poll(() => [...host.store.keys()].some((k) => k.startsWith('rrc.case.record:'))).toBe(true);
    expect(host.requests.some((r) => r.method === 'store.set' && r.key === 'rrc.ui.manual-case')).toBe(true);
    await first.tab.close();

    const second = await openGuide();
    await expect
      .poll(() =>
        second.tab
          .getByTestId('identity-serial')
          .inputValue()
          .catch(() => ''),
      )
      .toBe('6G04A2DPAJ93F5C');
    expect(second.problems.filter((p) => !/Content Security Policy/.test(p))).toEqual([]);
    await second.tab.close();
  });

  it('shows the probed recorder when the host says the device changed, with its status', async () => {
    host.device = null;
    const { tab } = await openGuide();
    await expect
      .poll(() => host.requests.filter((r) => r.method === 'currentDevice').length)
      .toBeGreaterThan(0);
    host.device = {
      title: 'Dahua NVR detected',
      brand: 'Dahua',
      origin: 'http://192.168.1.108',
      generation: 'h5',
      model: 'NVR2108HS-8P-4KS2',
      serial: '7M03F6APAG1C5B8',
      mac: '6C:1C:71:E2:84:9F',
      firmware: null,
      sources: { serial: 'login challenge (realm)', mac: 'login challenge' },
      serialHidden: false,
    };
    await tab.evaluate(() => window.postMessage({ kind: 'event', event: 'device-changed' }, '*'));
    await expect.poll(() => tab.getByTestId('device-title').textContent()).toBe('Dahua NVR detected');
    await expect.poll(() => tab.getByTestId('device-status').textContent()).toContain('Factory-fresh');
    expect(host.requests.map((r) => r.method)).toContain('readDevice');
    await tab.close();
  });
});
