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
  backgroundRequest,
  type BroadcastProtocol,
  type ContentProtocol,
  type DetectionReport,
  type FromTab,
  type PanelProtocol,
  type TabState,
} from '../webext/messages';
import { answerWith, dispatch, type Handlers, type Request } from '../webext/protocol';
import { clearTabState, getTabState, setTabState } from '../webext/tab-state';

/** What content scripts may ask, each with the tab and frame it came from. */
const fromTabs: Handlers<ContentProtocol, FromTab> = {
  'open-guide': (_request, { tabId }) =>
    // Synchronous on purpose: an await before this call would lose the user gesture.
    openPanelInGesture(tabId).then(
      () => ({ ok: true }) as const,
      (error: unknown) => ({ ok: false, error: String(error) }) as const,
    ),
  'gate-passed': (_request, { tabId, frameId }) => injectInto(tabId, frameId, '/content-scripts/detect.js'),
  detected: ({ report }, { tabId, frameId }) => onDetected(tabId, frameId, report),
  'get-own-detection': (_request, { tabId }) => getTabState(tabId),
};

/** What our own pages may ask. */
const fromPages: Handlers<PanelProtocol> = {
  'get-tab-state': ({ tabId }) => getTabState(tabId),
};

export default defineBackground(() => {
  wireToolbarButtonToPanel();

  answerWith(browser.runtime.onMessage, (message, sender) => {
    const allowed = backgroundRequest(message, sender, browser.runtime.id, browser.runtime.getURL('/'));
    if (!allowed) return undefined;
    return allowed.from === 'tab'
      ? dispatch(fromTabs, allowed.request, allowed.tab)
      : dispatch(fromPages, allowed.request, undefined);
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

async function broadcast(message: Request<BroadcastProtocol>): Promise<void> {
  // No listener (panel closed) is normal: sendMessage rejects then.
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
