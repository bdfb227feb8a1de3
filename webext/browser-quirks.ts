/**
 * Every Chrome-vs-Firefox difference lives here, so the rest of the extension reads the same
 * on both (Dark Reader keeps its quirks in one file too).
 *
 * - Chrome has `sidePanel`; Firefox has `sidebarAction`.
 * - Chrome opens the panel from a click in a content script (Chrome 116+) if the background
 *   calls `sidePanel.open` synchronously, before any await. Firefox never treats a click in a
 *   web page as a user action, so there the in-page prompt points at the toolbar button.
 * - MV3 uses `action`, Firefox MV2 `browserAction`.
 */
import { browser } from 'wxt/browser';

type ChromeSidePanel = {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
};
type FirefoxSidebar = { open(): Promise<void> };

// Feature-detect: the types claim every API exists on every browser.
const sidePanel = (browser as unknown as { sidePanel?: ChromeSidePanel }).sidePanel;
const sidebarAction = (browser as unknown as { sidebarAction?: FirefoxSidebar }).sidebarAction;

/** Which browser family we run in, decided from the APIs it actually has. */
export const panelKind: 'side-panel' | 'sidebar' | 'none' = sidePanel
  ? 'side-panel'
  : sidebarAction
    ? 'sidebar'
    : 'none';

/** The toolbar button API: `action` (MV3) or `browserAction` (Firefox MV2). */
export const toolbarAction =
  browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;

/**
 * Open the panel. MUST be called synchronously inside the user-gesture handler:
 * any await before this call loses the gesture and the browser refuses.
 */
export function openPanelInGesture(tabId: number | undefined): Promise<void> {
  if (sidePanel) return sidePanel.open(tabId === undefined ? {} : { tabId });
  if (sidebarAction) return sidebarAction.open();
  return Promise.reject(new Error('This browser has no side panel or sidebar.'));
}

/** Make the toolbar button open the panel on any tab. */
export function wireToolbarButtonToPanel(): void {
  if (sidePanel) {
    // Chrome opens the panel itself on an action click; no gesture plumbing needed.
    void sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch(() => undefined);
    return;
  }
  toolbarAction.onClicked.addListener((tab) => {
    void openPanelInGesture(tab.id).catch(() => undefined);
  });
}
