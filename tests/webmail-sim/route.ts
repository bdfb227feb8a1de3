/**
 * Serves the simulated Gmail and Outlook pages under their real host names inside a Playwright
 * browser context. The machine has no network and the real hosts need accounts, so requests to
 * `https://mail.google.com/**` and the four Outlook hosts are fulfilled from the files beside
 * this one. Chromium still commits the navigation to the real https URL, so the extension's
 * real content-script `matches` apply (checked by tests/e2e/email-chromium.test.ts).
 *
 * Tabs the extension opens itself (`tabs.create`) start loading before Playwright has attached
 * its routes to them (checked: their first load bypasses `context.route`, finds no network and
 * commits Chrome's error page). So each new page that lands on `chrome-error://` is reloaded
 * once: by then the routes are attached, the reload of the same URL is fulfilled from these
 * files, and the content script is injected as usual. The side panel waits for the tab with a
 * ping loop anyway (a real Gmail loads slowly too), so this costs the product code nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { GMAIL_HOST, OUTLOOK_HOSTS } from '../../shared/email';

export type GmailVariant = 'normal' | 'changed';
export type OutlookVariant = 'normal' | 'changed' | 'no-drop';

export interface WebmailSim {
  /** Switch a page's variant for the next page loads. */
  set(variants: { gmail?: GmailVariant; outlook?: OutlookVariant }): void;
  /** Every URL requested from the simulated hosts, in order (compose URLs included). */
  requests: string[];
}

const page = (file: string) => readFileSync(join(import.meta.dirname, file), 'utf8');

export async function routeWebmail(context: BrowserContext): Promise<WebmailSim> {
  const gmailHtml = page('gmail.html');
  const outlookHtml = page('outlook.html');
  const variants: { gmail: GmailVariant; outlook: OutlookVariant } = { gmail: 'normal', outlook: 'normal' };
  const requests: string[] = [];

  const serve = (html: string, variant: () => string) => async (route: Route) => {
    const request = route.request();
    requests.push(request.url());
    if (request.resourceType() !== 'document') {
      // favicon and the like: the simulated pages load nothing else.
      await route.fulfill({ status: 404, body: '' });
      return;
    }
    await route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: html.replace(
        '<meta name="sim-variant" content="normal" />',
        `<meta name="sim-variant" content="${variant()}" />`,
      ),
    });
  };

  context.on('page', (page) => {
    void (async () => {
      await page.waitForLoadState('domcontentloaded').catch(() => undefined);
      if (page.url().startsWith('chrome-error://')) await page.reload().catch(() => undefined);
    })();
  });
  await context.route(
    `https://${GMAIL_HOST}/**`,
    serve(gmailHtml, () => variants.gmail),
  );
  for (const host of OUTLOOK_HOSTS) {
    await context.route(
      `https://${host}/**`,
      serve(outlookHtml, () => variants.outlook),
    );
  }
  return {
    set(next) {
      Object.assign(variants, next);
    },
    requests,
  };
}
