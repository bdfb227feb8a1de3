/** KeyValueStore over `browser.storage.local`: the extension's durable store for cases. */
import { browser } from 'wxt/browser';
import type { KeyValueStore } from '../shared/platform/services';

export const extensionStore: KeyValueStore = {
  async get<T>(key: string) {
    const got = await browser.storage.local.get(key);
    return got[key] as T | undefined;
  },
  async set<T>(key: string, value: T) {
    await browser.storage.local.set({ [key]: value });
  },
  async remove(key: string) {
    await browser.storage.local.remove(key);
  },
  async keys(prefix: string) {
    const all = await browser.storage.local.get(null);
    return Object.keys(all).filter((k) => k.startsWith(prefix));
  },
};
