/**
 * Messages between the guide webview and the extension host: one request/response pair per
 * GuideHost call, plus host → webview events. Both sides import this file; the host validates
 * every incoming message with `parseRequest`, because a webview is a web page and its
 * messages are untrusted input.
 *
 * Requests carry an id; the host answers each with a response of the same id (the pattern of
 * vscode-pull-request-github's MessageHandler).
 */
import type { DeviceReading, DetectedDevice, ReadScreenOutcome } from '../../ui/guide-host';

export type GuideRequest =
  | { method: 'store.get'; key: string }
  | { method: 'store.set'; key: string; value: unknown }
  | { method: 'store.remove'; key: string }
  | { method: 'store.keys'; prefix: string }
  | { method: 'currentDevice' }
  | { method: 'readDevice' }
  | { method: 'readScreen' }
  | { method: 'copyText'; text: string }
  | { method: 'saveTextFile'; fileName: string; text: string; mime: string }
  /** Bytes travel as base64: webview messages are JSON. */
  | { method: 'download'; fileName: string; base64: string; mime: string }
  | { method: 'openUrl'; url: string };

/** What each method answers with. */
export interface GuideResults {
  /** null for a missing key (JSON cannot carry undefined); the webview maps it back. */
  'store.get': unknown;
  'store.set': null;
  'store.remove': null;
  'store.keys': string[];
  currentDevice: DetectedDevice | null;
  readDevice: DeviceReading | null;
  readScreen: ReadScreenOutcome;
  copyText: null;
  saveTextFile: null;
  download: null;
  openUrl: null;
}

export interface RequestMessage {
  kind: 'request';
  id: number;
  request: GuideRequest;
}

export type ResponseMessage =
  | { kind: 'response'; id: number; ok: true; value: unknown }
  | { kind: 'response'; id: number; ok: false; error: string };

/** Host → webview: the probed device changed (or was forgotten); reload it. */
export interface EventMessage {
  kind: 'event';
  event: 'device-changed';
}

export type HostMessage = ResponseMessage | EventMessage;

/** Storage keys the webview may touch: the case store and the guide's own keys, nothing else. */
export const WEBVIEW_KEY_PREFIX = 'rrc.';
/** Characters of JSON the webview may store under one key (a case with notes is a few KB). */
export const MAX_STORED_JSON = 512 * 1024;
const MAX_KEY = 512;
const MAX_TEXT = 1024 * 1024;
const MAX_FILE_NAME = 255;
/** A download is an XML export or an .eml: a few KB, never megabytes. */
const MAX_DOWNLOAD_BASE64 = 8 * 1024 * 1024;
/** Compose links are kept under ~2000 characters by the core; anything far longer is not one. */
const MAX_URL = 8 * 1024;

/** A well-formed request, or null for anything else (which the host ignores). */
export function parseRequest(message: unknown): RequestMessage | null {
  if (
    !isRecord(message) ||
    message.kind !== 'request' ||
    !Number.isSafeInteger(message.id) ||
    !isRecord(message.request)
  ) {
    return null;
  }
  const id = message.id as number;
  const r = message.request;
  const key = (name: string) => typeof r[name] === 'string' && r[name].length <= MAX_KEY;
  switch (r.method) {
    case 'store.get':
    case 'store.remove':
      return key('key') ? { kind: 'request', id, request: { method: r.method, key: r.key as string } } : null;
    case 'store.set':
      return key('key')
        ? { kind: 'request', id, request: { method: 'store.set', key: r.key as string, value: r.value } }
        : null;
    case 'store.keys':
      return key('prefix')
        ? { kind: 'request', id, request: { method: 'store.keys', prefix: r.prefix as string } }
        : null;
    case 'currentDevice':
    case 'readDevice':
    case 'readScreen':
      return { kind: 'request', id, request: { method: r.method } };
    case 'copyText':
      return typeof r.text === 'string' && r.text.length <= MAX_TEXT
        ? { kind: 'request', id, request: { method: 'copyText', text: r.text } }
        : null;
    case 'saveTextFile':
      return typeof r.fileName === 'string' &&
        r.fileName.length <= MAX_FILE_NAME &&
        typeof r.text === 'string' &&
        r.text.length <= MAX_TEXT &&
        typeof r.mime === 'string' &&
        r.mime.length <= 100
        ? {
            kind: 'request',
            id,
            request: { method: 'saveTextFile', fileName: r.fileName, text: r.text, mime: r.mime },
          }
        : null;
    case 'download':
      return typeof r.fileName === 'string' &&
        r.fileName.length <= MAX_FILE_NAME &&
        typeof r.base64 === 'string' &&
        r.base64.length <= MAX_DOWNLOAD_BASE64 &&
        /^[A-Za-z0-9+/]*={0,2}$/.test(r.base64) &&
        typeof r.mime === 'string' &&
        r.mime.length <= 100
        ? {
            kind: 'request',
            id,
            request: { method: 'download', fileName: r.fileName, base64: r.base64, mime: r.mime },
          }
        : null;
    case 'openUrl':
      // Only links the guide builds: compose pages (https) and mailto:. Never file:, command: or vscode:.
      return typeof r.url === 'string' && r.url.length <= MAX_URL && /^(?:https:\/\/|mailto:)/i.test(r.url)
        ? { kind: 'request', id, request: { method: 'openUrl', url: r.url } }
        : null;
    default:
      return null;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
