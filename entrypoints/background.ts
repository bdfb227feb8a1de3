/**
 * Background: receives detections from content scripts, sets the toolbar badge, injects the
 * in-page prompt into the detected frame, opens the panel on request, and answers the panel.
 * It holds no state of its own (MV3 may stop it at any time): tab state lives in storage.session.
 */
import { browser } from 'wxt/browser';
import { describeDetection, deviceKindFromModel } from '../shared/device/kind';
import { clearDetected, showDetected } from '../webext/badge';
import { openPanelInGesture, wireToolbarButtonToPanel } from '../webext/browser-quirks';
import {
  isAllowedSender,
  type BackgroundBroadcast,
  type DetectionReport,
  type TabState,
} from '../webext/messages';
import { clearTabState, getTabState, setTabState } from '../webext/tab-state';

export default defineBackground(() => {
  wireToolbarButtonToPanel();

  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isAllowedSender(message, sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    switch (message.type) {
      case 'open-guide':
        // Synchronous on purpose: an await before this call would lose the user gesture.
        return openPanelInGesture(sender.tab?.id).then(
          () => ({ ok: true }),
          (error: unknown) => ({ ok: false, error: String(error) }),
        );
      case 'gate-passed':
        return injectInto(sender.tab!.id!, sender.frameId ?? 0, '/content-scripts/detect.js');
      case 'detected':
        return onDetected(sender.tab!.id!, sender.frameId ?? 0, message.report);
      case 'get-own-detection':
        return getTabState(sender.tab!.id!);
      case 'get-tab-state':
        return getTabState(message.tabId);
    }
  });

  // A new page view in the tab: forget the old detection. The content script of the new
  // page reports again at document_idle if it is still a recorder.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forget(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => void clearTabState(tabId));
});

async function onDetected(tabId: number, frameId: number, report: DetectionReport): Promise<{ ok: true }> {
  const kind = deviceKindFromModel(report.dom.model ?? null);
  const title = describeDetection(report.brand, kind);
  const state: TabState = { tabId, frameId, title, kind, report };
  await setTabState(state);
  await showDetected(tabId, title, kind);
  // The prompt's code is injected only into detected frames, never into ordinary pages.
  await injectInto(tabId, frameId, '/content-scripts/prompt.js');
  await broadcast({ type: 'tab-state-changed', tabId });
  return { ok: true };
}

async function forget(tabId: number): Promise<void> {
  if (!(await getTabState(tabId))) return;
  await clearTabState(tabId);
  await clearDetected(tabId);
  await broadcast({ type: 'tab-state-changed', tabId });
}

type InjectedScript = '/content-scripts/detect.js' | '/content-scripts/prompt.js';

async function injectInto(tabId: number, frameId: number, file: InjectedScript): Promise<{ ok: boolean }> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    return { ok: true };
  } catch {
    // The page navigated away meanwhile, or the browser forbids injecting there.
    return { ok: false };
  }
}

async function broadcast(message: BackgroundBroadcast): Promise<void> {
  // No listener (panel closed) is normal: sendMessage rejects then.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
