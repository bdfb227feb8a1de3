/**
 * Launch Debian's firefox-esr headless through WebDriver BiDi (puppeteer-core 24) and install
 * the built Firefox extension as a temporary add-on. Playwright's Firefox needs a patched build
 * that cannot be downloaded here; puppeteer speaks BiDi to the stock browser.
 *
 * The add-on's internal UUID is pinned with a pref so tests can open its pages
 * (moz-extension://<uuid>/sidepanel.html) and call extension APIs from there.
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX, FIREFOX_BUILD, requireBuild } from './paths';

export const GECKO_ID = 'recorder-reset-copilot@example.org';
export const FIXED_UUID = '6f1d2f5e-2c1b-4b8e-9a53-7b1f0c3e9d10';

export interface FirefoxExtension {
  browser: Browser;
  base: string;
  panelUrl: string;
  /** An extension page, kept open, to call browser.* APIs from. */
  extPage: Page;
  badgeOfUrl(url: string): Promise<string>;
  titleOfUrl(url: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Open an extension page. Firefox swaps the browsing context into the extension process, so
 * puppeteer's navigation tracking reports "Frame detached" although the page loads: fire the
 * navigation, then wait until the page itself says it is there.
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const here = await page
      .evaluate(() => (document.readyState === 'complete' ? location.href : ''))
      .catch(() => '');
    if (here === url) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Extension page ${url} did not load within 15 s`);
}

/** `buildDir`: another copy of the Firefox build (e.g. one with a permission granted). */
export async function launchFirefox({
  buildDir = FIREFOX_BUILD,
}: { buildDir?: string } = {}): Promise<FirefoxExtension> {
  const dir = requireBuild(buildDir);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153+ lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // No network here: keep Firefox from phoning home at start.
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'network.captive-portal-service.enabled': false,
    },
  });
  await browser.installExtension(dir);
  const base = `moz-extension://${FIXED_UUID}/`;
  const extPage = await browser.newPage();
  await gotoExtensionPage(extPage, `${base}sidepanel.html`);

  const queryAction = async (url: string, what: 'badge' | 'title'): Promise<string> =>
    extPage.evaluate(
      async (u: string, w: string) => {
        const api = (globalThis as any).browser;
        const tabs: { id: number; url: string }[] = await api.tabs.query({});
        const tab = tabs.find((t) => t.url === u);
        if (!tab) throw new Error(`no tab for ${u}`);
        return w === 'badge'
          ? api.browserAction.getBadgeText({ tabId: tab.id })
          : api.browserAction.getTitle({ tabId: tab.id });
      },
      url,
      what,
    );

  return {
    browser,
    base,
    panelUrl: `${base}sidepanel.html`,
    extPage,
    badgeOfUrl: (url) => queryAction(url, 'badge'),
    titleOfUrl: (url) => queryAction(url, 'title'),
    close: () => browser.close(),
  };
}
