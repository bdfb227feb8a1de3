/**
 * `GET /negative/<file>` on the hub: static pages that must NOT be detected as recorders
 * (written by the detector's owners into tests/fixtures/pages/negative/). Only plain file
 * names under that folder are served; anything that tries to climb out is refused.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_NEGATIVE_DIR = fileURLToPath(new URL('../../fixtures/pages/negative/', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'application/javascript',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

export type NegativeLookup = { status: 200; contentType: string; body: Buffer } | { status: 400 | 404 };

/**
 * `rawRest` is the still-encoded path after "/negative/" (no query). Segments are decoded
 * one by one, so "..%2f" and "%2e%2e" are caught as well as a literal "../".
 */
export async function lookupNegativeFile(root: string, rawRest: string): Promise<NegativeLookup> {
  const segments: string[] = [];
  for (const raw of rawRest.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { status: 400 };
    }
    if (seg === '' || seg === '.' || seg === '..' || /[/\\\0]/.test(seg)) return { status: 400 };
    if (seg.startsWith('.')) return { status: 404 };
    segments.push(seg);
  }
  try {
    const realRoot = await realpath(root);
    // realpath also resolves symlinks, so a link pointing outside the folder is refused.
    const file = await realpath(join(realRoot, ...segments));
    if (!file.startsWith(realRoot + sep)) return { status: 400 };
    if (!(await stat(file)).isFile()) return { status: 404 };
    return {
      status: 200,
      contentType: TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      body: await readFile(file),
    };
  } catch {
    return { status: 404 };
  }
}

/** Top-level HTML files, for the hub's index. Empty when the folder does not exist yet. */
export async function listNegativePages(root: string): Promise<string[]> {
  try {
    const names = await readdir(root);
    return names.filter((n) => /\.html?$/i.test(n) && !n.startsWith('.')).sort();
  } catch {
    return [];
  }
}
