/**
 * The import zones (tests/unit/import-zones.test.ts) hold shared/'s own imports; this checks
 * what they pull in transitively. mimetext's default entry imports node:os, so shared/email
 * must use 'mimetext/browser'; bundling both for the browser proves no Node built-in gets in.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../../..');

describe('shared/xml and shared/email in a browser bundle', () => {
  it('bundle for the browser platform with no Node built-in anywhere in the graph', async () => {
    const result = await build({
      entryPoints: [join(ROOT, 'shared/xml/index.ts'), join(ROOT, 'shared/email/index.ts')],
      bundle: true,
      write: false,
      platform: 'browser',
      format: 'esm',
      outdir: 'out',
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((p) => p.includes('mimetext.browser'))).toBe(true);
    expect(inputs.some((p) => p.includes('mimetext.node'))).toBe(false);
    const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports.map((x) => x.path));
    expect(imports.filter((p) => /^node:|^(fs|os|path|crypto|buffer|stream|util)$/.test(p))).toEqual([]);
  });
});
