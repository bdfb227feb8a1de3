/**
 * The ConfigTool XML export kept with its case, in the extension's IndexedDB: the original
 * bytes, unchanged, for attaching later. IndexedDB (not storage.local) because it stores bytes
 * as they are (storage.local is JSON: a Uint8Array would need Base64 and count against the
 * 10 MB quota shared with the case records). It survives browser restarts like storage.local;
 * an export is deleted when its case is marked done (ui/components/XmlExport.tsx) or replaced.
 */
import type { StoredExport } from '../ui/guide-host';

const DB_NAME = 'rrc-exports';
const STORE = 'exports';
const VERSION = 1;

interface Row extends Omit<StoredExport, 'bytes'> {
  caseKey: string;
  /** An ArrayBuffer copy: what IndexedDB stores most plainly on every browser. */
  buffer: ArrayBuffer;
}

let opening: Promise<IDBDatabase> | null = null;

function db(): Promise<IDBDatabase> {
  opening ??= new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, VERSION);
    request.onupgradeneeded = () => {
      if (!request.result.objectStoreNames.contains(STORE))
        request.result.createObjectStore(STORE, { keyPath: 'caseKey' });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB would not open'));
  }).catch((error: unknown) => {
    opening = null; // let the next call try again (e.g. after the profile was busy)
    throw error;
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await db();
  return new Promise<T>((resolve, reject) => {
    const tx = database.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    // Resolve on commit, not on the request: a write is only durable once the transaction is.
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted (storage full?)'));
  });
}

export async function loadExport(caseKey: string): Promise<StoredExport | null> {
  const row = (await run('readonly', (s) => s.get(caseKey))) as Row | undefined;
  if (!row) return null;
  const { caseKey: _key, buffer, ...meta } = row;
  return { ...meta, bytes: new Uint8Array(buffer) };
}

export async function saveExport(caseKey: string, stored: StoredExport): Promise<void> {
  const { bytes, ...meta } = stored;
  const row: Row = { ...meta, caseKey, buffer: bytes.slice().buffer };
  await run('readwrite', (s) => s.put(row));
}

export async function deleteExport(caseKey: string): Promise<void> {
  await run('readwrite', (s) => s.delete(caseKey));
}
