/**
 * Foundation smoke test in real Chromium: the built MV3 extension loads, its service worker
 * starts, the side panel page renders, and the content scripts run on a simulator page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

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

describe('Chromium: the built extension', () => {
  it('loads and starts its service worker', async () => {
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
    const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
  });

  it('renders the side panel page', async () => {
    const page = await ext.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(ext.panelUrl);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Recorder Reset Copilot');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs its content scripts on a simulator page (the badge names the device)', async () => {
    const page = await ext.context.newPage();
    await page.goto(sim.originOf('dahua-nvr-web3') + '/');
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
    expect(await ext.titleOf(page)).toMatch(/^Dahua .*detected$/);
    await page.close();
  });
});
