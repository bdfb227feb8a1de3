/**
 * A hand-made ExtensionContext (the pattern of vscode-pull-request-github's
 * MockExtensionContext): in-memory Mementos, real folders for storage, the repository's
 * extension/ folder as the extension's own.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ExtensionContext, Memento } from 'vscode';
import { Uri } from './vscode';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../../extension');

export class InMemoryMemento implements Memento {
  readonly values = new Map<string, unknown>();
  keys(): readonly string[] {
    return [...this.values.keys()];
  }
  get<T>(key: string, defaultValue?: T): T | undefined {
    return this.values.has(key) ? (this.values.get(key) as T) : defaultValue;
  }
  async update(key: string, value: unknown): Promise<void> {
    if (value === undefined) this.values.delete(key);
    else this.values.set(key, JSON.parse(JSON.stringify(value)));
  }
  setKeysForSync(): void {}
}

export interface TestContext extends ExtensionContext {
  /** Disposes every subscription and removes the storage folder. */
  cleanUp(): void;
}

export function createTestContext(globalState = new InMemoryMemento()): TestContext {
  const storage = mkdtempSync(join(tmpdir(), 'rrc-vscode-'));
  const subscriptions: { dispose(): unknown }[] = [];
  const context = {
    subscriptions,
    globalState,
    workspaceState: new InMemoryMemento(),
    extensionUri: Uri.file(EXTENSION_DIR),
    extensionPath: EXTENSION_DIR,
    globalStorageUri: Uri.file(join(storage, 'global')),
    storageUri: Uri.file(join(storage, 'workspace')),
    logUri: Uri.file(join(storage, 'log')),
    extensionMode: 3,
    asAbsolutePath: (relative: string) => join(EXTENSION_DIR, relative),
    cleanUp() {
      for (const subscription of subscriptions.splice(0)) subscription.dispose();
      rmSync(storage, { recursive: true, force: true });
    },
  };
  return context as unknown as TestContext;
}
