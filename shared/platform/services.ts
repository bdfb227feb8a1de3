/**
 * Platform services: what the core needs from whichever front end hosts it.
 *
 * `shared/` never imports a platform module (wxt, webextension-polyfill, vscode, node:*).
 * Each front end (browser extension, VS Code extension, Node CLI) implements these
 * interfaces once, and hands them to the core. Tests implement them in memory. The guide UI
 * reaches its host through `ui/guide-host.ts`, which carries a KeyValueStore and a clock from
 * here plus what only a UI needs (the current device, screen reading, downloads, webmail).
 */

/** Durable key/value storage (browser.storage.local, VS Code globalState, a JSON file). */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>;
  set<T>(key: string, value: T): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key that starts with `prefix`. */
  keys(prefix: string): Promise<string[]>;
}

/** A minimal HTTP client (fetch in a page, Node's http in the VS Code host / CLI). */
export interface HttpClient {
  request(req: HttpRequest): Promise<HttpResponse>;
}

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
}

export interface HttpResponse {
  status: number;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  text: string;
}

/** Clock injected so progress timestamps and 24 h validity windows are testable. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };
