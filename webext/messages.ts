/**
 * Typed messages between the extension's parts, and who may send which.
 *
 * Content scripts run inside pages we do not control, so the background checks every
 * sender against an allow-list (as Dark Reader does): page-side messages must come from
 * one of our content scripts in a real tab; panel-side messages from our own pages.
 */
import type { ChallengeFacts } from '../shared/device/challenge';
import type { DomIdentity } from '../shared/detection/dom-identity';

/** What a content script found on a page (sent once per page view and frame). */
export interface DetectionReport {
  /** Origin of the frame that looks like a recorder (it may be an iframe). */
  origin: string;
  url: string;
  /** 'certain' from page signatures alone; 'confirmed' after one login challenge answered like a Dahua device. */
  level: 'certain' | 'confirmed';
  generation: string | null;
  brand: string;
  matched: string[];
  challenge: ChallengeFacts | null;
  dom: DomIdentity;
  at: number;
}

/** The background's view of one tab, as the side panel reads it. */
export interface TabState {
  tabId: number;
  frameId: number;
  /** e.g. "Dahua NVR detected" — also the toolbar title. */
  title: string;
  kind: string | null;
  report: DetectionReport;
}

export type ContentToBackground =
  /** The always-on gate saw Dahua-like hints: inject the full detector into this frame. */
  | { type: 'gate-passed'; decision: 'scan' | 'watch' }
  | { type: 'detected'; report: DetectionReport }
  | { type: 'open-guide' }
  /** The prompt asks what was detected in its own tab. */
  | { type: 'get-own-detection' };

export type PanelToBackground =
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'open-panel-here' };

/** Background → extension pages (broadcast). */
export type BackgroundBroadcast = { type: 'tab-state-changed'; tabId: number };

/** Panel → the detected frame's content script. */
export type PanelToContent = { type: 'read-device-status' };

export type AnyToBackground = ContentToBackground | PanelToBackground;

const CONTENT_TYPES = new Set<string>(['gate-passed', 'detected', 'open-guide', 'get-own-detection']);
const PANEL_TYPES = new Set<string>(['get-tab-state', 'open-panel-here']);

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Decide whether `message` from `sender` may be handled.
 * @param extensionId - our runtime id
 * @param extensionOrigin - `runtime.getURL('')`, e.g. chrome-extension://abc/
 */
export function isAllowedSender(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): message is AnyToBackground {
  if (!message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || sender.id !== extensionId) return false;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (CONTENT_TYPES.has(type)) return !fromOwnPage && typeof sender.tab?.id === 'number';
  if (PANEL_TYPES.has(type)) return fromOwnPage;
  return false;
}
