/**
 * The in-page prompt: "Dahua NVR detected — Open reset guide". Injected by the background
 * only into a frame where a recorder was detected (registration: 'runtime'), never into
 * ordinary pages. Lives in a shadow root so the recorder's CSS cannot restyle it (open, so
 * accessibility tools and tests can reach the button; it holds nothing secret). Dismissal is
 * remembered per device.
 */
import { browser } from 'wxt/browser';
import type { ContentProtocol, TabState } from '../webext/messages';
import { sender } from '../webext/protocol';
import { promptDismissKey } from '../webext/prompt-key';

const HOST_ID = 'recorder-reset-copilot-prompt';

const toBackground = sender<ContentProtocol>((message) => browser.runtime.sendMessage(message));

export default defineContentScript({
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  async main() {
    if (document.getElementById(HOST_ID)) return; // injected twice (re-detection): keep one
    const state = await toBackground('get-own-detection');
    if (!state) return;
    const dismissKey = promptDismissKey(state.report);
    const stored = await browser.storage.local.get(dismissKey);
    if (stored[dismissKey]) return;
    mountPrompt(state, dismissKey);
  },
});

function mountPrompt(state: TabState, dismissKey: string): void {
  const host = document.createElement('div');
  host.id = HOST_ID;
  // Sit above the recorder UI without taking layout space.
  host.style.cssText = 'all: initial; position: fixed; z-index: 2147483647; right: 16px; bottom: 16px;';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      .box { font: 13px/1.4 system-ui, sans-serif; color: #102a43; background: #fff; border: 1px solid #9fb3c8;
             border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); padding: 10px 12px; max-width: 300px; }
      .row { display: flex; gap: 8px; align-items: center; }
      .title { font-weight: 600; flex: 1; }
      button { font: inherit; cursor: pointer; border-radius: 6px; }
      .open { background: #0b6e4f; color: #fff; border: 0; padding: 6px 10px; margin-top: 8px; }
      .close { background: none; border: 0; font-size: 16px; line-height: 1; color: #486581; padding: 2px 4px; }
      .hint { margin-top: 8px; color: #334e68; }
    </style>
    <div class="box" role="dialog" aria-label="Recorder Reset Copilot">
      <div class="row"><span class="title"></span><button class="close" aria-label="Dismiss">×</button></div>
      <button class="open">Open reset guide</button>
      <div class="hint" hidden></div>
    </div>`;
  // Page-derived text goes in as text, never as HTML.
  root.querySelector('.title')!.textContent = state.title;
  const hint = root.querySelector<HTMLElement>('.hint')!;

  root.querySelector('.open')!.addEventListener('click', () => {
    // The background opens the panel synchronously in this gesture (Chrome). Firefox refuses
    // panel opening from a page click, so point at the toolbar button there.
    void toBackground('open-guide').then((reply) => {
      if (reply?.ok !== true) {
        hint.textContent = 'Click the Recorder Reset Copilot button in the toolbar to open the guide.';
        hint.hidden = false;
      }
    });
  });
  root.querySelector('.close')!.addEventListener('click', () => {
    host.remove();
    void browser.storage.local.set({ [dismissKey]: Date.now() });
  });
  document.documentElement.append(host);
}
