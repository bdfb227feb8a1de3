/**
 * The reset guide in real Chromium: interview → ranking → checklist, and progress that
 * survives closing the panel, reloading the recorder page and restarting the browser.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../simulator/server';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

let sim: Simulator;
let ext: ChromiumExtension;
const profile = mkdtempSync(join(tmpdir(), 'rrc-guide-'));

beforeAll(async () => {
  sim = await startSimulator();
  ext = await launchChromium({ userDataDir: profile });
});
afterAll(async () => {
  await ext?.close();
  await sim?.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openGuideFor(deviceId: string): Promise<{ page: Page; panel: Page }> {
  const page = await ext.context.newPage();
  await page.goto(sim.originOf(deviceId) + '/');
  await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
  const panel = await ext.context.newPage();
  await panel.goto(`${ext.panelUrl}?tab=${await ext.tabIdOf(page)}`);
  await expect.poll(() => panel.getByTestId('device-title').count()).toBe(1);
  return { page, panel };
}

describe('Chromium: the reset guide', () => {
  it('ranks by the interview and the device status, and explains why', async () => {
    const { page, panel } = await openGuideFor('dahua-nvr-h5');
    await expect.poll(() => panel.getByTestId('device-status').textContent()).toContain('Initialised');
    await panel.getByTestId('question-mailbox').getByLabel('Yes, I can read it').check();
    const qr = panel.getByTestId('rank-qr-dmss');
    await expect.poll(() => qr.getAttribute('data-status')).toBe('recommended');
    // QR is first, and its reasons name what decided it.
    await expect
      .poll(() => panel.locator('.ranking > li').first().getAttribute('data-testid'))
      .toBe('rank-qr-dmss');
    expect(await qr.textContent()).toMatch(/mailbox/i);

    await panel.getByTestId('question-mailbox').getByLabel('No', { exact: true }).check();
    await expect.poll(() => qr.getAttribute('data-status')).not.toBe('recommended');
    await panel.close();
    await page.close();
  });

  it('an uninitialised device leads to the initialisation wizard', async () => {
    const { page, panel } = await openGuideFor('dahua-nvr-uninit');
    await expect.poll(() => panel.getByTestId('device-status').textContent()).toContain('Factory-fresh');
    await expect
      .poll(() => panel.locator('.ranking > li').first().getAttribute('data-testid'))
      .toBe('rank-device-init');
    await panel.close();
    await page.close();
  });

  it('keeps checklist progress and notes across panel close, page reload and browser restart', async () => {
    let { page, panel } = await openGuideFor('dahua-nvr-web3');
    await panel.getByTestId('question-mailbox').getByLabel('Yes, I can read it').check();
    await panel.getByTestId('rank-qr-dmss').getByRole('button', { name: 'Follow this method' }).click();
    const firstStep = panel.getByTestId('method-guide').locator('input[type=checkbox]').first();
    await firstStep.check();
    await panel.getByTestId('notes').fill('Ticket 4711, site: warehouse');
    await panel.getByTestId('notes').blur();
    await panel.waitForTimeout(600);
    const stepId = (await firstStep.getAttribute('data-testid'))!;

    // 1. Close the panel and open it again.
    await panel.close();
    panel = await ext.context.newPage();
    await panel.goto(`${ext.panelUrl}?tab=${await ext.tabIdOf(page)}`);
    await expect.poll(() => panel.getByTestId(stepId).isChecked()).toBe(true);

    // 2. Reload the recorder page.
    await page.reload();
    await expect.poll(() => ext.badgeOf(page), { timeout: 10_000 }).not.toBe('');
    await panel.reload();
    await expect.poll(() => panel.getByTestId(stepId).isChecked()).toBe(true);
    expect(await panel.getByTestId('notes').inputValue()).toBe('Ticket 4711, site: warehouse');

    // 3. Restart the browser on the same profile.
    await ext.close({ keepProfile: true });
    ext = await launchChromium({ userDataDir: profile });
    ({ page, panel } = await openGuideFor('dahua-nvr-web3'));
    await expect.poll(() => panel.getByTestId(stepId).isChecked()).toBe(true);
    expect(await panel.getByTestId('notes').inputValue()).toBe('Ticket 4711, site: warehouse');

    // The case summary for the ticket carries the device and the progress.
    const download = panel.waitForEvent('download');
    await panel.getByTestId('download-summary').click();
    const file = await (await download).path();
    const markdown = readFileSync(file, 'utf8');
    expect(markdown).toContain(sim.devices.find((d) => d.device.id === 'dahua-nvr-web3')!.device.serial);
    expect(markdown).toMatch(/- \[x\]/);
    expect(markdown).toContain('Ticket 4711');
    await panel.close();
    await page.close();
  });

  it('works on a tab without a recorder: manual entry', async () => {
    const panel = await ext.context.newPage();
    await panel.goto(ext.panelUrl); // the panel's own tab has no recorder
    await expect.poll(() => panel.getByTestId('no-device').count()).toBe(1);
    await panel.getByTestId('manual-model').fill('DH-XVR5108HS-I3');
    await panel.getByTestId('manual-serial').fill('6J0DA6EPAJ4FE11');
    await panel.getByRole('button', { name: 'Start the guide' }).click();
    await expect.poll(() => panel.getByTestId('identity-serial').inputValue()).toBe('6J0DA6EPAJ4FE11');
    await expect.poll(() => panel.getByTestId('rank-security-questions').count()).toBe(1);
    await panel.close();
  });
});
