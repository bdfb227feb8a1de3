/**
 * The extension's message channels, one protocol map each (webext/protocol.ts), and who may
 * send on which.
 *
 * Content scripts run inside pages we do not control, so every receiver checks the sender
 * against an allow-list before anything else: page-side messages must come from one of our
 * content scripts in a real tab; panel-side messages from our own pages.
 */
import type { ChallengeFacts } from '../shared/device/challenge';
import type { DevInitStatus } from '../shared/device/devinit';
import type { DomIdentity } from '../shared/detection/dom-identity';
import type { Webmail } from '../shared/email/webmail';
import type { Brand } from '../shared/knowledge/types';
import { messageType, typesOf, type Request } from './protocol';

/** What a content script found on a page (sent once per page view and frame). */
export interface DetectionReport {
  /** Origin of the frame that looks like a recorder (it may be an iframe). */
  origin: string;
  url: string;
  /** 'certain' from page signatures alone; 'confirmed' after one login challenge answered like a Dahua device. */
  level: 'certain' | 'confirmed';
  generation: string | null;
  brand: Brand;
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

/** Content scripts → background (`runtime.sendMessage` from a tab). */
export interface ContentProtocol {
  /** The always-on gate saw Dahua-like hints: inject the full detector into this frame. */
  'gate-passed': { req: { decision: 'scan' | 'watch' }; res: { ok: boolean } };
  detected: { req: { report: DetectionReport }; res: { ok: true } };
  /** The prompt's button: open the side panel in this click's gesture. */
  'open-guide': { req: object; res: { ok: true } | { ok: false; error: string } };
  /** The prompt asks what was detected in its own tab. */
  'get-own-detection': { req: object; res: TabState | null };
}

/** Our extension pages (the side panel) → background. */
export interface PanelProtocol {
  'get-tab-state': { req: { tabId: number }; res: TabState | null };
}

/** Background → extension pages (broadcast; nobody answers). */
export interface BroadcastProtocol {
  'tab-state-changed': { req: { tabId: number }; res: void };
}

/** What the detected frame reports when the guide asks for the device's reset status. */
export interface DeviceStatusReply {
  status: DevInitStatus | null;
  dom: DomIdentity;
}

/** Side panel → the detected frame's content script (`tabs.sendMessage` with its frameId). */
export interface FrameProtocol {
  'read-device-status': { req: object; res: DeviceStatusReply };
}

/**
 * One support e-mail for the webmail driver. The attachment travels as Base64 because Chrome
 * serialises extension messages as JSON (a Uint8Array would arrive as an object of numbers).
 */
export interface WebmailCompose {
  to: string;
  subject: string;
  body: string;
  attachment: { name: string; mime: string; size: number; base64: string };
}

/** Only which driver answered: the panel has no use for anything else from the mailbox tab. */
export interface WebmailPong {
  provider: Webmail;
}

/** The step of the compose the driver was at when it stopped. */
export type WebmailStage = 'compose' | 'recipient' | 'subject' | 'body' | 'attach' | 'confirm';

export type WebmailResult =
  | {
      ok: true;
      provider: Webmail;
      /** The attachment chip's own text, e.g. "reset-export.xml (4 KB)": proof it is there. */
      chip: string;
      /** The attachment went in by a synthetic drop or through the compose's file input. */
      via: 'drop' | 'file-input';
    }
  | { ok: false; provider: Webmail; stage: WebmailStage; reason: string };

/** Side panel → a Gmail / Outlook tab's content script (webext/webmail/). */
export interface WebmailProtocol {
  /** "Are you loaded?": the panel polls this after opening a webmail tab. */
  'webmail-ping': { req: object; res: WebmailPong };
  'webmail-compose': { req: { compose: WebmailCompose }; res: WebmailResult };
}

export type PanelToWebmail = Request<WebmailProtocol>;

/** What each webmail command must carry; the keys are the webmail scripts' allow-list. */
const WEBMAIL_PAYLOADS: { readonly [K in keyof WebmailProtocol]: (message: object) => boolean } = {
  'webmail-ping': () => true,
  'webmail-compose': (message) => isWebmailCompose((message as { compose?: unknown }).compose),
};
const WEBMAIL_TYPES = typesOf<WebmailProtocol>(WEBMAIL_PAYLOADS);

/**
 * A webmail content script obeys only our own extension pages (the side panel): a message
 * from anywhere else, or of another shape, is ignored.
 */
export function isWebmailRequest(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): message is PanelToWebmail {
  const type = messageType(message);
  if (type === null || !WEBMAIL_TYPES.has(type) || sender.id !== extensionId) return false;
  // Firefox may leave out `url` for extension pages; when present it must be ours, and a tab
  // sender would be another content script, never the panel.
  if (typeof sender.url === 'string' && !sender.url.startsWith(extensionOrigin)) return false;
  if (sender.tab?.id !== undefined && !(sender.url ?? '').startsWith(extensionOrigin)) return false;
  return WEBMAIL_PAYLOADS[type as keyof WebmailProtocol](message as object);
}

function isWebmailCompose(value: unknown): value is WebmailCompose {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  const a = c.attachment as Record<string, unknown> | null | undefined;
  return (
    typeof c.to === 'string' &&
    typeof c.subject === 'string' &&
    typeof c.body === 'string' &&
    !!a &&
    typeof a.name === 'string' &&
    typeof a.mime === 'string' &&
    typeof a.size === 'number' &&
    typeof a.base64 === 'string'
  );
}

/** Who may send each message the background accepts; the keys are its allow-list. */
const BACKGROUND_SENDERS: {
  readonly [K in keyof (ContentProtocol & PanelProtocol)]: K extends keyof ContentProtocol ? 'tab' : 'page';
} = {
  'gate-passed': 'tab',
  detected: 'tab',
  'open-guide': 'tab',
  'get-own-detection': 'tab',
  'get-tab-state': 'page',
};
const BACKGROUND_TYPES = typesOf<ContentProtocol & PanelProtocol>(BACKGROUND_SENDERS);

export interface SenderLike {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** The tab and frame a content script's message came from. */
export interface FromTab {
  tabId: number;
  frameId: number;
}

/** An allowed message to the background, with what the check learnt about its sender. */
export type BackgroundRequest =
  | { from: 'tab'; request: Request<ContentProtocol>; tab: FromTab }
  | { from: 'page'; request: Request<PanelProtocol> };

/**
 * `message` as a request the background may handle, or null when this sender may not send it.
 * @param extensionId - our runtime id
 * @param extensionOrigin - `runtime.getURL('')`, e.g. chrome-extension://abc/
 */
export function backgroundRequest(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  extensionOrigin: string,
): BackgroundRequest | null {
  const type = messageType(message);
  if (type === null || !BACKGROUND_TYPES.has(type) || sender.id !== extensionId) return null;
  const fromOwnPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  const tabId = sender.tab?.id;
  // The type is one of the table's, and the sender the kind the table names for it.
  if (BACKGROUND_SENDERS[type as keyof typeof BACKGROUND_SENDERS] === 'tab') {
    if (fromOwnPage || typeof tabId !== 'number') return null;
    return {
      from: 'tab',
      request: message as Request<ContentProtocol>,
      tab: { tabId, frameId: sender.frameId ?? 0 },
    };
  }
  return fromOwnPage ? { from: 'page', request: message as Request<PanelProtocol> } : null;
}

/** A broadcast from the background: only our own extension (no tab) sends these. */
export function isBroadcast(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
): message is Request<BroadcastProtocol> {
  return messageType(message) === 'tab-state-changed' && sender.id === extensionId && !sender.tab;
}

/** A frame request from our own pages (never another tab's content script). */
export function isFrameRequest(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
): message is Request<FrameProtocol> {
  return messageType(message) === 'read-device-status' && sender.id === extensionId && !sender.tab;
}
