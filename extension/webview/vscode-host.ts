/**
 * The guide's GuideHost inside a VS Code webview: every call is a request to the extension
 * host over `postMessage`, answered by a response with the same id (see protocol.ts). The
 * cases live in the extension's globalState on the site PC, so progress survives closing the
 * view, reloading the window and reconnecting the Remote-SSH session.
 */
import type { KeyValueStore } from '../../shared/platform/services';
import type { GuideHost } from '../../ui/guide-host';
import type { GuideRequest, GuideResults, HostMessage } from './protocol';

/** The object `acquireVsCodeApi()` returns (it may be called only once per webview). */
export interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

/** Where host messages arrive: the webview's window. */
export interface MessageSource {
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

/** A call the host never answers (a bug, or the host went away) fails instead of hanging the UI. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Reading an image runs OCR in the extension host: cold start plus recognition. */
const READ_SCREEN_TIMEOUT_MS = 180_000;

type Method = GuideRequest['method'];

export function createWebviewHost(api: VsCodeApi, source: MessageSource): GuideHost {
  let nextId = 1;
  const pending = new Map<
    number,
    { resolve(value: unknown): void; reject(error: Error): void; timer: ReturnType<typeof setTimeout> }
  >();
  const listeners = new Set<() => void>();

  source.addEventListener('message', ({ data }) => {
    const message = data as HostMessage | null;
    if (!message || typeof message !== 'object') return;
    if (message.kind === 'event' && message.event === 'device-changed') {
      for (const listener of [...listeners]) listener();
      return;
    }
    if (message.kind !== 'response') return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.ok) waiting.resolve(message.value);
    else waiting.reject(new Error(message.error));
  });

  function call<M extends Method>(request: Extract<GuideRequest, { method: M }>): Promise<GuideResults[M]> {
    const id = nextId++;
    return new Promise<GuideResults[M]>((resolve, reject) => {
      const timeout = request.method === 'readScreen' ? READ_SCREEN_TIMEOUT_MS : REQUEST_TIMEOUT_MS;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`The extension did not answer ${request.method}.`));
      }, timeout);
      pending.set(id, { resolve: resolve, reject, timer });
      api.postMessage({ kind: 'request', id, request });
    });
  }

  const store: KeyValueStore = {
    // JSON has no undefined: the host answers null for a missing key, and KeyValueStore
    // callers (CaseStore) tell "missing" from "stored" by undefined.
    get: async <T>(key: string) => {
      const value = await call({ method: 'store.get', key });
      return value === null ? undefined : (value as T);
    },
    set: async (key, value) => {
      await call({ method: 'store.set', key, value });
    },
    remove: async (key) => {
      await call({ method: 'store.remove', key });
    },
    keys: (prefix) => call({ method: 'store.keys', prefix }),
  };

  return {
    store,
    now: () => Date.now(),
    currentDevice: () => call({ method: 'currentDevice' }),
    onDeviceChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readDevice: () => call({ method: 'readDevice' }),
    // In VS Code there is no screen to capture: the host asks for an image file on the site PC
    // (a screenshot or photo of the label) and reads it with the same OCR pipeline.
    readScreen: () => call({ method: 'readScreen' }),
    copyText: async (text) => {
      await call({ method: 'copyText', text });
    },
    saveTextFile: async (fileName, text, mime) => {
      await call({ method: 'saveTextFile', fileName, text, mime });
    },
    // Saved on the site PC next to the workspace; the helper downloads it from the Explorer.
    download: async (fileName, bytes, mime) => {
      await call({ method: 'download', fileName, base64: toBase64(bytes), mime });
    },
    // A webview cannot open windows: the host opens the link on the helper's machine.
    openUrl: async (url) => {
      await call({ method: 'openUrl', url });
    },
  };
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on large arrays.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
