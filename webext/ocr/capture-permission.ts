/**
 * tabs.captureVisibleTab needs the literal <all_urls> host permission (or an activeTab grant,
 * which a click inside the side panel never gives). Our install-time http/https patterns do not
 * count, so <all_urls> is optional and asked for when the technician first presses
 * "Read this screen".
 */
import { browser } from 'wxt/browser';

export const CAPTURE_ORIGINS = ['<all_urls>'];

/**
 * Call synchronously inside the click handler, before any await: browsers only show the prompt
 * during a user gesture (Firefox is strict about it). Resolves true at once when already granted.
 */
export function requestCapturePermission(): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: CAPTURE_ORIGINS }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}
