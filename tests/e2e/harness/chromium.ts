/**
 * Launch Debian Chromium with the built MV3 extension, headless, in a persistent context
 * (extensions only load in one). Exposes the service worker and small helpers that read
 * what the user would see: the toolbar badge and title of a tab.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM, requireBuild } from './paths';

export interface ChromiumExtension {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  userDataDir: string;
  panelUrl: string;
  /** Badge text of the tab showing `page` ('' when none). */
  badgeOf(page: Page): Promise<string>;
  titleOf(page: Page): Promise<string>;
  tabIdOf(page: Page): Promise<number>;
  close(opts?: { keepProfile?: boolean }): Promise<void>;
}

export async function launchChromium(opts: { userDataDir?: string } = {}): Promise<ChromiumExtension> {
  const dir = requireBuild(CHROME_BUILD);
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'rrc-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      '--no-sandbox',
      '--disable-gpu',
      // The machine has no network: stop Chromium's own background traffic.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  const currentWorker = async (): Promise<Worker> => {
    // MV3 may restart the worker; always talk to the live one.
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return live ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  };

  const tabIdOf = async (page: Page): Promise<number> => {
    const url = page.url();
    const w = await currentWorker();
    const id = await w.evaluate(async (u: string) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  };

  return {
    context,
    worker,
    extensionId,
    userDataDir,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    tabIdOf,
    async badgeOf(page) {
      const tabId = await tabIdOf(page);
      return (await currentWorker()).evaluate(
        (id: number) => chrome.action.getBadgeText({ tabId: id }),
        tabId,
      );
    },
    async titleOf(page) {
      const tabId = await tabIdOf(page);
      return (await currentWorker()).evaluate((id: number) => chrome.action.getTitle({ tabId: id }), tabId);
    },
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile && !opts.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
