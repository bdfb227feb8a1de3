/**
 * The same smoke test for the Firefox build in Debian's firefox-esr, through WebDriver BiDi.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';

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

describe('Firefox: the built extension', () => {
  it('installs and renders its sidebar page', async () => {
    const manifest = await ff.extPage.evaluate(() => (globalThis as any).browser.runtime.getManifest());
    expect(manifest.manifest_version).toBe(2);
    expect(manifest.sidebar_action.default_panel).toMatch(/sidepanel\.html$/);
    await expect.poll(() => ff.extPage.$eval('h1', (h) => h.textContent)).toContain('Recorder Reset Copilot');
  });

  it('runs its content scripts on a simulator page (the badge names the device)', async () => {
    const page = await ff.browser.newPage();
    const url = sim.originOf('dahua-nvr-web3') + '/';
    await page.goto(url);
    await expect.poll(() => ff.badgeOfUrl(url), { timeout: 15_000 }).not.toBe('');
    expect(await ff.titleOfUrl(url)).toMatch(/^Dahua .*detected$/);
    await page.close();
  });
});
