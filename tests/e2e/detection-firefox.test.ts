/**
 * Detection in Debian's firefox-esr (the Firefox build, MV2): every simulated generation lights
 * the badge; non-Dahua pages do not, and cause no request. Firefox cannot open the sidebar from
 * a click in a page, so the in-page prompt points at the toolbar button instead.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICES } from '../simulator/devices';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

const NEGATIVE_SAMPLE = [
  'aspnet-asmx-web-service.html',
  'blog-dahua-login-internals.html',
  'hikvision-login.html',
  'web-service-password.html',
];

let sim: Simulator;
let ff: FirefoxExtension;

beforeAll(async () => {
  sim = await startSimulator();
  ff = await launchFirefox();
}, 90_000);
afterAll(async () => {
  await ff?.close();
  await sim?.close();
});

describe('Firefox: detection', () => {
  for (const device of DEFAULT_DEVICES) {
    it(`${device.id}: badge and title`, async () => {
      const url = sim.originOf(device.id) + '/';
      const page = await ff.browser.newPage();
      await page.goto(url);
      await expect.poll(() => ff.badgeOfUrl(url), { timeout: 15_000 }).not.toBe('');
      expect(await ff.titleOfUrl(url)).toMatch(new RegExp(`^${device.brand} .* detected$`));
      const challenges = sim.requestsFor(device.id).filter((r) => r.path === '/RPC2_Login');
      expect(challenges.length).toBe(1);
      await page.close();
    });
  }

  it('the in-page prompt points at the toolbar button (Firefox cannot open a sidebar from a page)', async () => {
    const url = sim.originOf('dahua-nvr-h5') + '/';
    const page = await ff.browser.newPage();
    await page.goto(url);
    await expect.poll(() => ff.badgeOfUrl(url), { timeout: 15_000 }).not.toBe('');
    await page.waitForFunction(
      () =>
        document.getElementById('recorder-reset-copilot-prompt')?.shadowRoot?.querySelector('.open') != null,
      { timeout: 10_000 },
    );
    const button = await page.evaluateHandle(
      () =>
        document
          .getElementById('recorder-reset-copilot-prompt')!
          .shadowRoot!.querySelector('.open') as HTMLElement,
    );
    await button.click(); // a real click, through WebDriver input
    await page.waitForFunction(
      () =>
        document
          .getElementById('recorder-reset-copilot-prompt')
          ?.shadowRoot?.querySelector('.hint:not([hidden])') != null,
      { timeout: 5000 },
    );
    const hint = await page.evaluate(
      () =>
        document.getElementById('recorder-reset-copilot-prompt')!.shadowRoot!.querySelector('.hint')!
          .textContent,
    );
    expect(hint).toMatch(/toolbar/);
    await page.close();
  });

  it.each(NEGATIVE_SAMPLE)('%s: no badge, no request', async (file) => {
    const url = `${sim.hub}/negative/${file}`;
    sim.clearLog();
    const page = await ff.browser.newPage();
    await page.goto(url);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await ff.badgeOfUrl(url)).toBe('');
    expect(
      sim.requests.filter((r) => r.method !== 'GET' || /^\/(RPC2|RPC2_Login|OutsideCmd)\b/.test(r.path)),
    ).toEqual([]);
    await page.close();
  });
});
