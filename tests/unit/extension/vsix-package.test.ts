/**
 * The .vsix really builds (vsce 3) from the bundles `npm run build:vscode` made, and carries
 * what the extension needs offline and nothing else (no sources, no tests, no node_modules
 * beyond the OCR/QR runtime files).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const EXT = join(ROOT, 'extension');
const VSCE = join(ROOT, 'node_modules/.bin/vsce');
const out = mkdtempSync(join(tmpdir(), 'rrc-vsix-pkg-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('the .vsix', () => {
  it('packages, with the offline OCR assets and without sources', () => {
    if (!existsSync(join(EXT, 'dist/extension.js'))) {
      throw new Error('extension/dist is missing: run `npm run build:vscode` first (npm test does).');
    }
    const files = execFileSync(VSCE, ['ls', '--no-dependencies'], { cwd: EXT, encoding: 'utf8' })
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'dist/extension.js',
        'dist/tesseract-worker.js',
        'dist/webview/guide.js',
        'dist/node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz',
        'dist/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm',
        'dist/node_modules/@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm',
      ]),
    );
    expect(
      files.filter((f) => /^(src|webview|tests?)\//.test(f) || f.endsWith('.ts') || f.endsWith('.tsx')),
    ).toEqual([]);
    expect(files.filter((f) => f.startsWith('node_modules/'))).toEqual([]);

    const vsix = join(out, 'copilot.vsix');
    execFileSync(VSCE, ['package', '--no-dependencies', '--allow-missing-repository', '--out', vsix], {
      cwd: EXT,
      stdio: 'pipe',
    });
    const size = statSync(vsix).size;
    expect(size).toBeGreaterThan(1_000_000); // the OCR runtime is in it
    expect(size).toBeLessThan(20_000_000);
  }, 60_000);
});
