/**
 * Screenshot of what the technician sees in a tab: `tabs.captureVisibleTab` (PNG, lossless, in
 * device pixels) of the tab's window, only when that tab is the one in front.
 */
import { browser } from 'wxt/browser';

/** Chrome allows 2 captures per second (MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND). */
const MIN_INTERVAL_MS = 550;
let lastCaptureAt = 0;

export class CaptureError extends Error {
  override name = 'CaptureError';
}

export interface TabCapture {
  dataUrl: string;
  /** CSS width of the tab's viewport, to tell the device pixel ratio (null when unknown). */
  tabWidth: number | null;
  /** Page zoom of the tab (1 = 100 %). */
  zoom: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function spacedCapture(windowId: number): Promise<string> {
  const wait = lastCaptureAt + MIN_INTERVAL_MS - Date.now();
  if (wait > 0) await sleep(wait);
  lastCaptureAt = Date.now();
  return browser.tabs.captureVisibleTab(windowId, { format: 'png' });
}

function explain(error: unknown, url: string | undefined): CaptureError {
  const message = error instanceof Error ? error.message : String(error);
  // We hold <all_urls> by now (the read stops when it is refused), so an access or permission
  // error means a page no extension may capture: chrome://, about:, the add-on stores, other
  // extensions' pages. Chrome words it as a missing permission because <all_urls> does not
  // cover those schemes; their URLs are hidden from us too.
  if (
    /cannot access|all_urls|activeTab|permission|chrome:\/\/|about:|webstore|extensions gallery/i.test(
      message,
    )
  ) {
    const where = url ? ` (${url.split('?')[0]})` : '';
    return new CaptureError(
      `This page cannot be captured${where}: browser pages, the add-on store and other extensions' pages are protected. Open the recorder's screen in a normal tab, in front, and read again.`,
    );
  }
  return new CaptureError(`The screen could not be captured: ${message}`);
}

export async function captureTab(tabId: number): Promise<TabCapture> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab || tab.windowId === undefined) throw new CaptureError('The tab to read is gone.');
  if (!tab.active) {
    // captureVisibleTab captures whatever is in front of the window, which would be another page.
    throw new CaptureError(
      'The tab to read is not the one in front of its window. Bring it to the front and try again.',
    );
  }
  const zoom = await browser.tabs.getZoom(tabId).catch(() => 1);
  try {
    let dataUrl: string;
    try {
      dataUrl = await spacedCapture(tab.windowId);
    } catch (error) {
      // Another extension page may have used this second's quota: wait one window and retry once.
      if (!/MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/.test(String(error))) throw error;
      await sleep(1000);
      dataUrl = await spacedCapture(tab.windowId);
    }
    return { dataUrl, tabWidth: tab.width ?? null, zoom };
  } catch (error) {
    throw explain(error, tab.url);
  }
}
