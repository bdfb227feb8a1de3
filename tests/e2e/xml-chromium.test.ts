/**
 * The ConfigTool XML export in the real side panel (Chromium): pick a file, see what it names,
 * a file from another device gets the loud warning, bad files get clear messages and never
 * replace the kept export, and the kept export survives a panel reload and a browser restart
 * until the case is marked done.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FLAT, OTHER_DEVICE, openSupportKit, pickXml, startManualCase } from '../webmail-sim/panel-helpers';
import { launchChromium, type ChromiumExtension } from './harness/chromium';

const profile = mkdtempSync(join(tmpdir(), 'rrc-xml-'));
let ext: ChromiumExtension;
let panel: Page;

beforeAll(async () => {
  ext = await launchChromium({ userDataDir: profile });
});
afterAll(async () => {
  await ext?.close();
  rmSync(profile, { recursive: true, force: true });
});

const kept = () => panel.getByTestId('xml-kept');

async function openPanel(): Promise<void> {
  panel = await ext.context.newPage();
  await panel.goto(ext.panelUrl);
}

describe('Chromium: the XML export in the side panel', () => {
  it('shows what a picked export names, that it is this device, and the 24 h clock', async () => {
    await openPanel();
    await startManualCase(panel, FLAT.model, FLAT.serial);
    await openSupportKit(panel);
    await pickXml(panel, FLAT.file);
    await expect.poll(() => kept().getAttribute('data-name')).toBe('flat-elements.xml');
    expect(await panel.getByTestId('xml-serial').textContent()).toBe(FLAT.serial);
    expect(await panel.getByTestId('xml-mac').textContent()).toBe('3C:EF:8C:4A:19:7E');
    expect(await panel.getByTestId('xml-model').textContent()).toBe(FLAT.model);
    expect(await panel.getByTestId('xml-matches').count()).toBe(1);
    expect(await panel.getByTestId('xml-wrong-device').count()).toBe(0);
    // Where each value sat, as text.
    expect(await panel.getByTestId('xml-findings').textContent()).toContain('/PasswordResetFile/SerialNo');
    const reminders = (await panel.getByTestId('xml-reminders').textContent()) ?? '';
    expect(reminders).toMatch(/ConfigTool open/);
    expect(reminders).toMatch(/reboot/);
    expect(await panel.getByTestId('xml-clock').textContent()).toMatch(/Import/);
    // The XML route's card opens by itself now that the case has a file.
    await panel.reload();
    await expect.poll(() => panel.getByTestId('support-kit').getAttribute('open')).not.toBeNull();
    await expect.poll(() => kept().getAttribute('data-name')).toBe('flat-elements.xml');
    expect(await panel.getByTestId('xml-serial').textContent()).toBe(FLAT.serial);
  });

  it("a file from another device gets the loud red warning and does not replace this device's file", async () => {
    await pickXml(panel, OTHER_DEVICE.file);
    const warning = panel.getByTestId('xml-wrong-device');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.getAttribute('role')).toBe('alert');
    expect(await warning.getAttribute('class')).toContain('warning-danger');
    const text = (await warning.textContent()) ?? '';
    expect(text).toContain('WRONG DEVICE');
    expect(text).toContain(OTHER_DEVICE.serial);
    expect(text).toContain(FLAT.serial);
    expect(await kept().getAttribute('data-name')).toBe('flat-elements.xml');
    expect(await panel.getByTestId('xml-keep-anyway').count()).toBe(1);
    await panel.getByRole('button', { name: 'Dismiss' }).click();
  });

  const bad: { name: string; content: Buffer; code: string }[] = [
    { name: 'notes.xml', content: Buffer.from('serial 7K03B21PAZ4C9D1, please reset'), code: 'not-xml' },
    {
      name: 'page.xml',
      content: Buffer.from(
        '<!DOCTYPE html><html><head><title>ConfigTool</title></head><body>x</body></html>',
      ),
      code: 'html',
    },
    {
      name: 'bomb.xml',
      content: Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><r>&b;</r>',
      ),
      code: 'entity-declaration',
    },
    {
      name: 'truncated.xml',
      content: Buffer.from('<?xml version="1.0"?><PasswordResetFile><SerialNo>7K03B21PAZ4C9D1</Ser'),
      code: 'truncated',
    },
    {
      name: 'photo.xml',
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
      code: 'binary',
    },
    { name: 'empty.xml', content: Buffer.alloc(0), code: 'empty' },
    { name: 'huge.xml', content: Buffer.alloc(6 * 1024 * 1024, 0x20), code: 'too-large' },
  ];
  for (const { name, content, code } of bad) {
    it(`${name}: a clear "${code}" message, and the kept file stays`, async () => {
      await pickXml(panel, { name, mimeType: 'application/xml', buffer: content });
      const candidate = panel.getByTestId('xml-candidate');
      await expect
        .poll(() => candidate.locator(`[data-testid="xml-problem-${code}"]`).count(), { timeout: 10_000 })
        .toBe(1);
      expect(
        ((await candidate.locator(`[data-testid="xml-problem-${code}"]`).textContent()) ?? '').length,
      ).toBeGreaterThan(20);
      expect(await candidate.textContent()).toContain(`${name}`);
      expect(await panel.getByTestId('xml-keep-anyway').count()).toBe(0);
      expect(await kept().getAttribute('data-name')).toBe('flat-elements.xml');
      await panel.getByRole('button', { name: 'Dismiss' }).click();
    });
  }

  it('keeps the export across a browser restart, and removes it when the case is marked done', async () => {
    await ext.close({ keepProfile: true });
    ext = await launchChromium({ userDataDir: profile });
    await openPanel();
    await expect.poll(() => panel.getByTestId('identity-serial').inputValue()).toBe(FLAT.serial);
    await expect.poll(() => kept().getAttribute('data-name')).toBe('flat-elements.xml');

    await panel.getByRole('button', { name: 'Mark case done' }).click();
    await expect.poll(() => panel.getByTestId('xml-case-done').count()).toBe(1);
    await panel.getByRole('button', { name: 'Reopen case' }).click();
    await openSupportKit(panel);
    await expect.poll(() => panel.getByTestId('xml-export').count()).toBe(1);
    expect(await kept().count()).toBe(0);
  });
});
