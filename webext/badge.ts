/**
 * The toolbar badge and title: the contract the tests rely on.
 * Detected recorder tab → non-empty badge and a title naming the device kind
 * ("Dahua NVR detected"); every other tab → empty badge and the default title.
 */
import { toolbarAction } from './browser-quirks';

export const DEFAULT_TITLE = 'Recorder Reset Copilot';

export async function showDetected(tabId: number, title: string, kind: string | null): Promise<void> {
  // Badge text is at most ~4 visible characters: the device kind fits, else a neutral mark.
  const text = kind && kind.length <= 4 ? kind : 'REC';
  await Promise.all([
    toolbarAction.setBadgeText({ tabId, text }),
    toolbarAction.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' }),
    toolbarAction.setTitle({ tabId, title }),
  ]);
}

export async function clearDetected(tabId: number): Promise<void> {
  await Promise.all([
    toolbarAction.setBadgeText({ tabId, text: '' }),
    toolbarAction.setTitle({ tabId, title: DEFAULT_TITLE }),
  ]);
}
