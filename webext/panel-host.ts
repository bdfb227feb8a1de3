/**
 * The side panel's GuideHost: which tab the technician is looking at, what the background
 * detected there, and the detected frame's read-only device status.
 *
 * The panel follows the active tab of its window. A `?tab=<id>` query pins it to one tab; the
 * browser tests use it because they open the panel page in a tab of its own.
 */
import { browser } from 'wxt/browser';
import { detectWebmail, isOutlookHost, outlookComposeUrl } from '../shared/email';
import { isBrand } from '../shared/knowledge/brands';
import type { DetectedDevice, GuideHost } from '../ui/guide-host';
import { deleteExport, loadExport, saveExport } from './export-store';
import {
  isBroadcast,
  type FrameProtocol,
  type PanelProtocol,
  type SenderLike,
  type TabState,
} from './messages';
import { sender } from './protocol';
import { readVisibleScreen } from './ocr/read-screen';
import { extensionStore } from './storage-adapter';
import { composeViaWebmail } from './webmail/compose-client';

const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

async function activeTabId(): Promise<number | null> {
  if (pinnedTab !== null) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

const toBackground = sender<PanelProtocol>((message) => browser.runtime.sendMessage(message));

async function tabState(): Promise<TabState | null> {
  const tabId = await activeTabId();
  if (tabId === null) return null;
  return (await toBackground('get-tab-state', { tabId })) ?? null;
}

export function toDetectedDevice(state: TabState): DetectedDevice {
  const { report } = state;
  const challenge = report.challenge;
  const sources: DetectedDevice['sources'] = {};
  if (challenge?.serial) sources.serial = 'login challenge (realm)';
  else if (report.dom.serial) sources.serial = 'page text';
  if (challenge?.mac) sources.mac = 'login challenge';
  else if (report.dom.mac) sources.mac = 'page text';
  if (report.dom.model) sources.model = 'page text';
  if (report.dom.firmware) sources.firmware = 'page text';
  return {
    title: state.title,
    brand: isBrand(report.brand) ? report.brand : 'Unknown',
    origin: report.origin,
    generation: report.generation,
    model: report.dom.model ?? null,
    serial: challenge?.serial ?? report.dom.serial ?? null,
    mac: challenge?.mac ?? report.dom.mac ?? null,
    firmware: report.dom.firmware ?? null,
    sources,
    serialHidden: challenge?.realmHidden ?? false,
  };
}

/** Saves through an <a download>, which needs no `downloads` permission in an extension page. */
function saveBlob(fileName: string, blob: Blob, revokeAfterMs: number): Promise<void> {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), revokeAfterMs);
  return Promise.resolve();
}

export const panelHost: GuideHost = {
  store: extensionStore,
  now: () => Date.now(),

  async currentDevice() {
    const state = await tabState();
    return state ? toDetectedDevice(state) : null;
  },

  onDeviceChange(listener) {
    const onActivated = () => {
      if (pinnedTab === null) listener();
    };
    const onMessage = (message: unknown, from: SenderLike) => {
      if (isBroadcast(message, from, browser.runtime.id)) listener();
    };
    // The technician may navigate the same tab (e.g. from the recorder to Gmail): a finished
    // load in the followed tab is a change too. Recorder pages also announce themselves via
    // tab-state-changed; this covers pages that are not recorders.
    const onUpdated = (tabId: number, change: { status?: string }) => {
      if (change.status !== 'complete') return;
      void activeTabId().then((followed) => {
        if (followed === tabId) listener();
      });
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.runtime.onMessage.addListener(onMessage);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  },

  async readDevice() {
    const state = await tabState();
    if (!state) return null;
    try {
      const toFrame = sender<FrameProtocol>((message) =>
        browser.tabs.sendMessage(state.tabId, message, { frameId: state.frameId }),
      );
      const reply = await toFrame('read-device-status');
      return reply ? { status: reply.status, shown: { ...reply.dom } } : null;
    } catch {
      return null; // the page navigated away or the frame is gone
    }
  },

  // Not async: the permission request inside must run in the click's own call stack.
  readScreen: (options) => readVisibleScreen(activeTabId, options),

  async copyText(text) {
    await navigator.clipboard.writeText(text);
  },

  saveTextFile: (fileName, text, mime) =>
    saveBlob(fileName, new Blob([text], { type: `${mime};charset=utf-8` }), 10_000),

  // The bytes as they are (no charset, no re-encoding): the XML must reach support unchanged.
  download: (fileName, bytes, mime) => saveBlob(fileName, new Blob([bytes.slice()], { type: mime }), 60_000),

  loadExport,
  saveExport,
  deleteExport,

  async openUrl(url) {
    await browser.tabs.create({ url });
  },

  async activeWebmail() {
    const tabId = await activeTabId();
    if (tabId === null) return null;
    const tab = await browser.tabs.get(tabId).catch(() => null);
    const kind = tab?.url ? detectWebmail(tab.url) : null;
    return kind && tab?.url ? { kind, tabId, host: new URL(tab.url).host } : null;
  },

  composeInWebmail(request) {
    return composeViaWebmail(request, {
      // The deeplink carries recipient and subject only: the driver types the full body, and a
      // short URL stays clear of Outlook's query-length limit (reference §4.1, AADSTS90015).
      outlookComposeUrl: (host, fields) =>
        outlookComposeUrl({ ...fields, body: '' }, isOutlookHost(host) ? host : 'outlook.cloud.microsoft')
          .url,
    });
  },

  async showTab(tabId) {
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
  },
};
