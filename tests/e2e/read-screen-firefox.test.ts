/**
 * "Read this screen" in Debian's firefox-esr (WebDriver BiDi through puppeteer-core): the
 * sidebar page captures the recorder's local GUI (pixels only), runs tesseract.js (a worker per
 * core up to two) and zxing-wasm from the add-on's own files, and fills model, serial and MAC.
 *
 * As in the Chromium test (read-screen-chromium.test.ts), a copy of the build already holds
 * `<all_urls>` (the state after a technician allowed it once; the real click still calls
 * `permissions.request`, which then resolves without a prompt), and the panel page, pinned with
 * `?tab=<id>`, opens in a window of its own so the recorder page stays in front of its window,
 * which is what `captureVisibleTab` captures. Timings are printed, not asserted.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { macKey } from '../../shared/identity/mac';
import { keyIdFor, vendorIdFor } from '../simulator/qr-payload';
import { startSimulator, type SimDevice, type Simulator } from '../simulator/server';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { FIREFOX_BUILD, requireBuild } from './harness/paths';

let sim: Simulator;
let ff: FirefoxExtension;
let grantedOut: string;
let target: Page;

/** The Firefox build as it is after the technician allowed `<all_urls>` once. */
function grantedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rrc-read-screen-ff-'));
  cpSync(requireBuild(FIREFOX_BUILD), dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    permissions: string[];
    optional_permissions?: string[];
  };
  expect(manifest.optional_permissions).toContain('<all_urls>');
  manifest.permissions = [...manifest.permissions, '<all_urls>'];
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

beforeAll(async () => {
  sim = await startSimulator();
  grantedOut = grantedBuild();
  ff = await launchFirefox({ buildDir: grantedOut });
  target = await ff.browser.newPage();
  // The size of the simulated HDMI screen, so the capture holds all of it.
  await target.setViewport({ width: 1280, height: 1024 });
}, 90_000);
afterAll(async () => {
  await ff?.close();
  await sim?.close();
  if (grantedOut) rmSync(grantedOut, { recursive: true, force: true });
});

const device = (id: string): SimDevice => sim.devices.find((d) => d.device.id === id)!.device;

async function show(url: string): Promise<void> {
  await target.goto(url);
  await target.bringToFront();
}

/** The part of the extension page's `browser` global these helpers call. */
interface ExtensionGlobal {
  browser: {
    tabs: { query(q: object): Promise<{ id: number; url: string }[]> };
    windows: { create(options: { url: string; focused: boolean }): Promise<unknown> };
  };
}

/** The panel pinned to the recorder's tab, in a window of its own. */
async function openPanel(pageUrl: string): Promise<Page> {
  const tabId = await ff.extPage.evaluate(async (u: string) => {
    const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({});
    return tabs.find((t) => t.url === u)!.id;
  }, pageUrl);
  const url = `${ff.panelUrl}?tab=${tabId}`;
  await ff.extPage.evaluate(async (u: string) => {
    await (globalThis as unknown as ExtensionGlobal).browser.windows.create({ url: u, focused: false });
  }, url);
  // Puppeteer keeps reporting the moz-extension page as about:blank: ask each page itself.
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    for (const page of await ff.browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href === url && (await page.$('[data-testid="read-screen-button"]'))) return page;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The panel ${url} did not open`);
}

/** Clicks "Read this screen", waits for the result; only the page's own origin hears from us. */
async function readScreen(panel: Page, pageOrigin: string): Promise<string> {
  sim.clearLog();
  await panel.click('[data-testid="read-screen-button"]');
  await panel.waitForSelector('[data-testid="read-result"], [data-testid="read-error"]', { timeout: 90_000 });
  const error = await panel.$('[data-testid="read-error"]');
  if (error) throw new Error(`Read this screen failed: ${await error.evaluate((e) => e.textContent)}`);
  expect(sim.requests.filter((r) => r.origin !== pageOrigin).map((r) => `${r.origin}${r.path}`)).toEqual([]);
  return panel.$eval('[data-testid="read-timings"]', (e) => e.textContent ?? '');
}

const valueOf = (panel: Page, field: string) =>
  panel.$eval(`[data-testid="read-value-${field}"]`, (e) => (e as HTMLInputElement).value);

describe('Firefox: Read this screen', () => {
  it('reads model, serial and MAC by OCR from the local GUI, with the bundled engine', async () => {
    const d = device('dahua-nvr-h5');
    const url = `${sim.originOf(d.id)}/__sim/local-gui?screen=info&w=1280&h=1024&theme=dark`;
    await show(url);
    const panel = await openPanel(url);
    const cold = await readScreen(panel, sim.originOf(d.id));
    console.log(`[read-screen firefox] local GUI info 1280×1024 dark, cold: ${cold}`);
    expect(await valueOf(panel, 'model')).toBe(d.model);
    expect(await valueOf(panel, 'serial')).toBe(d.serial);
    expect(macKey(await valueOf(panel, 'mac'))).toBe(d.mac);
    expect(await panel.$eval('[data-testid="read-source-serial"]', (e) => e.textContent)).toMatch(
      /OCR.*\d+% sure/,
    );

    const warm = await readScreen(panel, sim.originOf(d.id));
    console.log(`[read-screen firefox] same screen, warm: ${warm}`);
    expect(warm).not.toContain('text reader started');
    await panel.close();
  });

  it('decodes the reset QR of a rebrand on the local GUI forgot screen', async () => {
    const d = device('lorex-nvr');
    const url = `${sim.originOf(d.id)}/__sim/local-gui?screen=forgot&w=1280&h=1024&theme=light`;
    await show(url);
    const panel = await openPanel(url);
    await readScreen(panel, sim.originOf(d.id));
    await panel.waitForSelector(`[data-testid="read-qr"][data-vendor="${vendorIdFor(d)}"]`, {
      timeout: 10_000,
    });
    const text = await panel.$eval('[data-testid="read-qr"]', (e) => e.textContent ?? '');
    expect(text).toContain(keyIdFor(d));
    expect(text).toMatch(/another brand \(OEM\)/);
    await panel.close();
  });
});
