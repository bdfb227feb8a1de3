/**
 * The layer boundaries are held by ESLint (eslint.config.js): shared/ imports no front end, no
 * `wxt`, `vscode`, `webextension-polyfill` or Node built-in; ui/ imports neither webext/ nor
 * extension/ nor a platform module; both load modules with static imports only, so every
 * import is one the zones check. This lints probe files that break each zone, in every import
 * form, asserts that ESLint reports each, and that a clean file passes, so a loosened config
 * fails here. (shared/tsconfig.json also hides Node's and the browser's globals from the core.)
 *
 * The probes are linted as text under a path inside the zone (nothing is written to the tree);
 * type-aware rules are switched off for them, since the zones are not type-aware.
 */
import { ESLint } from 'eslint';
import { join } from 'node:path';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({
    cwd: ROOT,
    overrideConfig: [tseslint.configs.disableTypeChecked],
  });
});

/** The zone messages ESLint gives for `code` linted as the file at `path`. */
async function zoneErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  const messages = result?.messages ?? [];
  // A parse error would make every probe "fail" for the wrong reason.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

const SHARED_BREAKS: readonly [string, string][] = [
  ['a front end (webext/)', "import { x } from '../webext/messages';"],
  ['a front end (extension/)', "import { x } from '../../extension/src/ids';"],
  ['a front end (ui/)', "import { x } from '../ui/guide-host';"],
  ['a front end (node/)', "import { x } from '../node/http-client';"],
  ['a front end (cli/)', "import { x } from '../cli/main';"],
  ['a front end (entrypoints/)', "import x from '../entrypoints/background';"],
  ['the tests', "import { x } from '../tests/simulator/server';"],
  ['wxt', "import { browser } from 'wxt/browser';"],
  ['wxt itself', "import { defineConfig } from 'wxt';"],
  ['WXT auto-imports', "import { browser } from '#imports';"],
  ['webextension-polyfill', "import browser from 'webextension-polyfill';"],
  ['vscode (type only)', "import type * as vscode from 'vscode';"],
  ['node:fs', "import { readFileSync } from 'node:fs';"],
  ['a bare Node built-in', "import { join } from 'path';"],
  ['a re-export', "export * from 'node:os';"],
  ['a side-effect import', "import 'webextension-polyfill';"],
  ['a dynamic import', "export const m = await import('node:path');"],
  ['a dynamic import of a front end', "export const m = await import('../webext/messages');"],
  ['require', "export const fs = require('fs');"],
  // Static imports only, so that no import escapes the checks above.
  ['even a harmless dynamic import', "export const m = await import('./limits');"],
];

describe('import zones: shared/', () => {
  it.each(SHARED_BREAKS)('reports an import of %s', async (_what, code) => {
    expect(await zoneErrors('shared/xml/zone-probe.ts', code)).toHaveLength(1);
  });

  it('passes a clean core file', async () => {
    const clean = [
      "import { macKey } from '../identity/mac';",
      "import { XMLParser } from 'fast-xml-parser';",
      "import type { ExportInspection } from './types';",
      'export { macKey, XMLParser };',
      'export type { ExportInspection };',
    ].join('\n');
    expect(await zoneErrors('shared/xml/zone-probe.ts', clean)).toEqual([]);
  });
});

const UI_BREAKS: readonly [string, string][] = [
  ['webext/', "import { panelHost } from '../webext/panel-host';"],
  ['extension/', "import type { GuideRequest } from '../../extension/webview/protocol';"],
  ['node/', "import { readImageFile } from '../node/image-file';"],
  ['wxt', "import { browser } from 'wxt/browser';"],
  ['vscode', "import * as vscode from 'vscode';"],
  ['node:*', "import { readFile } from 'node:fs/promises';"],
  ['a bare Node built-in', "import { join } from 'path';"],
  ['WXT auto-imports', "import { browser } from '#imports';"],
  ['a dynamic import', "export const m = import('../webext/panel-host');"],
];

describe('import zones: ui/', () => {
  it.each(UI_BREAKS)('reports an import of %s', async (_what, code) => {
    expect(await zoneErrors('ui/components/zone-probe.tsx', code)).toHaveLength(1);
  });

  it('passes a clean UI file (shared/, preact and itself)', async () => {
    const clean = [
      "import { useState } from 'preact/hooks';",
      "import { formatMac } from '../../shared/identity/mac';",
      "import type { GuideHost } from '../guide-host';",
      'export { useState, formatMac };',
      'export type { GuideHost };',
    ].join('\n');
    expect(await zoneErrors('ui/components/zone-probe.tsx', clean)).toEqual([]);
  });
});

describe('the front ends are outside the zones', () => {
  it('lets webext/ use the browser and node/ use Node', async () => {
    expect(await zoneErrors('webext/zone-probe.ts', "import { browser } from 'wxt/browser';")).toEqual([]);
    expect(await zoneErrors('node/zone-probe.ts', "import { readFile } from 'node:fs/promises';")).toEqual(
      [],
    );
  });
});
