/**
 * The side panel's GuideHost: which tab the technician is looking at, what the background
 * detected there, and the detected frame's read-only device status.
 *
 * The panel follows the active tab of its window. A `?tab=<id>` query pins it to one tab; the
 * browser tests use it because they open the panel page in a tab of its own.
 */
import { browser } from 'wxt/browser';
import type { DomIdentity } from '../shared/detection/dom-identity';
import type { DevInitStatus } from '../shared/device/devinit';
import { detectWebmail, isOutlookHost, outlookComposeUrl } from '../shared/email';
import { isBrand } from '../shared/knowledge/brands';
import type { DetectedDevice, GuideHost } from '../ui/guide-host';
import { deleteExport, loadExport, saveExport } from './export-store';
import type { TabState } from './messages';
import { readVisibleScreen } from './ocr/read-screen';
import { extensionStore } from './storage-adapter';
import { composeViaWebmail } from './webmail/compose-client';

const pinnedTab = Number(new URLSearchParams(location.search).get('tab')) || null;

async function activeTabId(): Promise<number | null> {
  if (pinnedTab !== null) return pinnedTab;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function tabState(): Promise<TabState | null> {
  const tabId = await activeTabId();
  if (tabId === null) return null;
  return ((await browser.runtime.sendMessage({ type: 'get-tab-state', tabId })) as TabState | null) ?? null;
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
    const onMessage = (message: unknown) => {
      if ((message as { type?: string } | null)?.type === 'tab-state-changed') listener();
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
      const reply = (await browser.tabs.sendMessage(
        state.tabId,
        { type: 'read-device-status' },
        { frameId: state.frameId },
      )) as { status: DevInitStatus | null; dom: DomIdentity } | undefined;
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

  async saveTextFile(fileName, text, mime) {
    // An <a download> needs no `downloads` permission in an extension page.
    const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },

  async download(fileName, bytes, mime) {
    // The bytes as they are (no charset, no re-encoding): the XML must reach support unchanged.
    const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mime }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  },

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
