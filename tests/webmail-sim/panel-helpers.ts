/**
 * Side-panel steps shared by the XML and e-mail browser tests: start a hand-entered case and
 * hand the panel an XML export, as the technician would with the file picker.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ROOT } from '../e2e/harness/paths';

/** The invented export shapes of tests/fixtures/xml (no real ConfigTool sample exists). */
export const XML_FIXTURES = join(ROOT, 'tests/fixtures/xml');
export const FLAT = {
  file: join(XML_FIXTURES, 'flat-elements.xml'),
  serial: '7K03B21PAZ4C9D1',
  model: 'DHI-NVR4108HS-8P-4KS2/L',
};
export const OTHER_DEVICE = { file: join(XML_FIXTURES, 'attributes.xml'), serial: '5F0A9C4PAG7B2E8' };

export const bytesOf = (file: string) => new Uint8Array(readFileSync(file));

/** A case entered by hand on a panel with no recorder in its tab. */
export async function startManualCase(panel: Page, model: string, serial: string): Promise<void> {
  await expect.poll(() => panel.getByTestId('no-device').count()).toBe(1);
  await panel.getByTestId('manual-model').fill(model);
  await panel.getByTestId('manual-serial').fill(serial);
  await panel.getByRole('button', { name: 'Start the guide' }).click();
  await expect.poll(() => panel.getByTestId('identity-serial').inputValue()).toBe(serial);
}

/** Unfold "XML export and e-mail to support" (folded unless the XML route was chosen). */
export async function openSupportKit(panel: Page): Promise<void> {
  const kit = panel.getByTestId('support-kit');
  await expect.poll(() => kit.count()).toBe(1);
  if ((await kit.getAttribute('open')) === null) await kit.locator('> summary').click();
}

export async function pickXml(
  panel: Page,
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  await panel.getByTestId('xml-file').setInputFiles(file);
}
