/**
 * Detection in real Chromium: every simulator generation and rebrand lights the badge and the
 * guide shows the device; non-Dahua pages leave the badge empty and cause no request at all.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICES } from '../simulator/devices';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { ROOT } from './harness/paths';

const NEGATIVE = readdirSync(join(ROOT, 'tests/fixtures/pages/negative')).filter((f) => f.endsWith('.html'));

let sim: Simulator;
let ext: ChromiumExtension;

beforeAll(async () => {
  sim = await startSimulator();
  ext = await launchChromium();
});
afterAll(async () => {
  await ext?.close();
  await sim?.close();
});

const posts = (origin: string) => sim.requestsFor(origin).filter((r) => r.method === 'POST');

describe('Chromium: detection on every simulated generation', () => {
  for (const device of DEFAULT_DEVICES) {
    it(`${device.id} (${device.brand} ${device.generation}) gets a badge and a named title`, async () => {
      const origin = sim.originOf(device.id);
      const page = await ext.context.newPage();
      await page.goto(origin + '/');
      await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
      const title = await ext.titleOf(page);
      expect(title).toMatch(new RegExp(`^${device.brand} (NVR|XVR|DVR|HCVR|recorder) detected$`));

      // At most one login challenge per page view, with an empty password; nothing that
      // regenerates the reset QR.
      const challenges = posts(origin).filter((r) => r.path === '/RPC2_Login');
      expect(challenges.length).toBe(1);
      expect(JSON.parse(challenges[0]!.body).params.password).toBe('');
      expect(sim.requestsFor(origin).some((r) => r.body.includes('PasswdFind'))).toBe(false);

      // The guide, pinned to that tab, shows the device as detected.
      const tabId = await ext.tabIdOf(page);
      const panel = await ext.context.newPage();
      await panel.goto(`${ext.panelUrl}?tab=${tabId}`);
      await expect.poll(() => panel.getByTestId('device-title').textContent()).toBe(title);
      if (device.realm === 'serial') {
        await expect.poll(() => panel.getByTestId('identity-serial').inputValue()).toBe(device.serial);
      }
      await expect.poll(() => panel.getByTestId('identity-mac').inputValue()).toBe(device.mac);
      if (device.showModelOnLogin) {
        await expect.poll(() => panel.getByTestId('identity-model').inputValue()).toBe(device.model);
      }
      // The panel asked the device, read-only, which reset paths it supports.
      await expect
        .poll(() => panel.getByTestId('device-status').textContent())
        .toMatch(/Initialised|Factory-fresh/);
      expect(sim.requestsFor(origin).some((r) => r.body.includes('DevInit.getStatus'))).toBe(true);
      expect(sim.requestsFor(origin).some((r) => r.body.includes('PasswdFind'))).toBe(false);
      await panel.close();
      await page.close();
    });
  }

  it('detects a recorder login page shown inside an iframe', async () => {
    // Recorders send X-Frame-Options: SAMEORIGIN, so a frame only shows them from their own
    // origin (a wrapper page of the device, or a same-origin reverse proxy).
    const origin = sim.originOf('dahua-nvr-web3');
    const page = await ext.context.newPage();
    await page.route(`${origin}/portal.html`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><title>Site portal</title><h1>Site portal</h1><iframe src="/" width="900" height="600"></iframe>`,
      }),
    );
    await page.goto(`${origin}/portal.html`);
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
    await page.close();
  });

  it('offers an in-page prompt whose dismissal is remembered for that device', async () => {
    const origin = sim.originOf('dahua-nvr-h5');
    const page = await ext.context.newPage();
    await page.goto(origin + '/');
    const prompt = page.locator('#recorder-reset-copilot-prompt');
    await expect
      .poll(() => prompt.getByRole('button', { name: 'Open reset guide' }).count(), { timeout: 10_000 })
      .toBe(1);
    await prompt.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => prompt.count()).toBe(0);
    await page.reload();
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
    await page.waitForTimeout(1000);
    expect(await prompt.count()).toBe(0);
    await page.close();
  });
});

describe('Chromium: ordinary pages stay untouched', () => {
  it('proves the check can fail: a recorder page in the same browser does light up', async () => {
    const page = await ext.context.newPage();
    await page.goto(sim.originOf('dahua-hcvr-plugin') + '/');
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
    await page.close();
  });

  it.each(NEGATIVE)('%s: no badge, no request', async (file) => {
    const url = `${sim.hub}/negative/${file}`;
    sim.clearLog();
    const page = await ext.context.newPage();
    await page.goto(url);
    // Give the gate, a watch period's first re-checks and any request time to happen.
    await page.waitForTimeout(1500);
    expect(await ext.badgeOf(page)).toBe('');
    expect(await page.locator('#recorder-reset-copilot-prompt').count()).toBe(0);
    // The page's own GETs (its assets, the browser's favicon) are fine; anything we would send is not.
    const extra = sim.requests.filter(
      (r) => r.method !== 'GET' || /^\/(RPC2|RPC2_Login|OutsideCmd)\b/.test(r.path),
    );
    expect(extra.map((r) => `${r.method} ${r.path}`)).toEqual([]);
    await page.close();
  });
});
