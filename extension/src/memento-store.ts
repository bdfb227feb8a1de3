/**
 * KeyValueStore over `context.globalState`. In a Remote-SSH window the extension runs on the
 * site PC, so the cases are kept there, next to the recorders they describe, and survive
 * window reloads and reconnects. Values are deep-copied through JSON both ways so callers can
 * never mutate what the Memento holds (and non-JSON values fail here, not at shutdown).
 */
import type { Memento } from 'vscode';
import type { KeyValueStore } from '../../shared/platform/services';

export function mementoStore(memento: Memento): KeyValueStore {
  return {
    get<T>(key: string) {
      const value = memento.get<unknown>(key);
      return Promise.resolve(value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as T));
    },
    async set<T>(key: string, value: T) {
      await memento.update(key, value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
    },
    async remove(key: string) {
      await memento.update(key, undefined);
    },
    keys(prefix: string) {
      return Promise.resolve(memento.keys().filter((key) => key.startsWith(prefix)));
    },
  };
}
