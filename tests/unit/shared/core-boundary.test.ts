/**
 * The core in shared/ must stay platform-free: the browser extension, the VS Code extension
 * and the CLI all run it. This test reads every source file and fails on any import of a
 * platform module (static, dynamic, re-export or require).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const FORBIDDEN =
  /^(wxt(\/.*)?|#imports|webextension-polyfill|@wxt-dev\/.*|vscode|node:.*|fs|path|os|http|https|child_process|crypto|url|net|tls|zlib|stream)$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|mts|js|mjs)$/.test(name) ? [full] : [];
  });
}

export function importedModules(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bexport\s+[^'"]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

describe('core boundary', () => {
  it('recognises every import form (so the check itself can fail)', () => {
    const sample = `import a from 'wxt/browser';\nimport type { X } from "vscode";\nexport * from 'node:fs';\nimport 'webextension-polyfill';\nconst m = await import('node:path'); require('fs');`;
    expect(importedModules(sample).filter((m) => FORBIDDEN.test(m))).toEqual([
      'wxt/browser',
      'vscode',
      'node:fs',
      'webextension-polyfill',
      'node:path',
      'fs',
    ]);
  });

  it('shared/ imports nothing from wxt, webextension-polyfill, vscode or node:*', () => {
    const files = sourceFiles(join(ROOT, 'shared'));
    expect(files.length).toBeGreaterThan(0);
    const offenders = files.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter((m) => FORBIDDEN.test(m))
        .map((m) => `${relative(ROOT, file)} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });

  it('shared/ does not reach out of the core into front-end folders', () => {
    const files = sourceFiles(join(ROOT, 'shared'));
    const offenders = files.flatMap((file) =>
      importedModules(readFileSync(file, 'utf8'))
        .filter(
          (m) =>
            /^(\.\.\/)+(entrypoints|webext|extension|ui|tests|scripts)\b/.test(m) &&
            !relative(ROOT, file).includes('..'),
        )
        .map((m) => `${relative(ROOT, file)} imports ${m}`),
    );
    expect(offenders).toEqual([]);
  });
});
