/**
 * Which file a file command works on: the Explorer's right-clicked file, else the file open in
 * the active editor tab when it has the right extension, else one the helper picks. The file
 * lives on the site PC (the extension host's machine).
 */
import * as vscode from 'vscode';

export interface FileKind {
  /** Lower-case extensions without the dot, e.g. ['png', 'jpg', 'jpeg']. */
  extensions: string[];
  /** Name shown in the open dialog's filter, e.g. 'Images'. */
  label: string;
  title: string;
}

export async function pickFile(arg: unknown, kind: FileKind): Promise<vscode.Uri | undefined> {
  if (isUri(arg)) return arg;
  // Explorer passes the clicked Uri; a command link may pass a Uri-like object or a path.
  if (typeof arg === 'string' && arg !== '') return vscode.Uri.file(arg);
  const active = activeTabUri();
  if (active && matches(active, kind)) return active;
  const picked = await vscode.window.showOpenDialog({
    title: kind.title,
    canSelectMany: false,
    canSelectFiles: true,
    canSelectFolders: false,
    filters: { [kind.label]: kind.extensions },
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  return picked?.[0];
}

export function matches(uri: vscode.Uri, kind: FileKind): boolean {
  const ext = /\.([^./\\]+)$/.exec(uri.path)?.[1]?.toLowerCase();
  return ext !== undefined && kind.extensions.includes(ext);
}

function activeTabUri(): vscode.Uri | undefined {
  const input = vscode.window.tabGroups?.activeTabGroup?.activeTab?.input as { uri?: unknown } | undefined;
  if (isUri(input?.uri)) return input.uri;
  return vscode.window.activeTextEditor?.document.uri;
}

/**
 * Duck-typed: a Uri that crossed a command boundary (or came from another copy of the Uri
 * class) fails `instanceof` while being perfectly usable.
 */
export function isUri(value: unknown): value is vscode.Uri {
  if (typeof value !== 'object' || value === null) return false;
  const uri = value as Partial<vscode.Uri>;
  return typeof uri.scheme === 'string' && typeof uri.path === 'string' && typeof uri.with === 'function';
}

/** The last path segment, for messages and attachment names. */
export function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.path;
}

/** Reads at most `max` bytes; a larger file is refused before it is read. */
export async function readBounded(
  uri: vscode.Uri,
  max: number,
): Promise<
  { bytes: Uint8Array; size: number; mtime: number } | { size: number; tooLarge: true; mtime: number }
> {
  const info = await vscode.workspace.fs.stat(uri);
  if (info.type !== undefined && (info.type & vscode.FileType.File) === 0)
    throw new Error(`${baseName(uri)} is not a file.`);
  if (info.size > max) return { size: info.size, tooLarge: true, mtime: info.mtime };
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (bytes.length > max) return { size: bytes.length, tooLarge: true, mtime: info.mtime };
  return { bytes, size: bytes.length, mtime: info.mtime };
}
