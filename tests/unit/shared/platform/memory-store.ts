import type { KeyValueStore } from '../../../../shared/platform/services';

/** In-memory KeyValueStore for tests: values are copied in and out, as a real storage area does. */
export class MemoryStore implements KeyValueStore {
  private readonly data = new Map<string, unknown>();

  get<T>(key: string): Promise<T | undefined> {
    const value = this.data.get(key);
    return Promise.resolve(value === undefined ? undefined : (structuredClone(value) as T));
  }

  set<T>(key: string, value: T): Promise<void> {
    this.data.set(key, structuredClone(value));
    return Promise.resolve();
  }

  remove(key: string): Promise<void> {
    this.data.delete(key);
    return Promise.resolve();
  }

  keys(prefix: string): Promise<string[]> {
    return Promise.resolve([...this.data.keys()].filter((k) => k.startsWith(prefix)));
  }
}
