/** The Firefox build passes addons-linter (web-ext lint) with no errors. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_BUILD, requireBuild, ROOT } from './harness/paths';

describe('Firefox build', () => {
  it('has no web-ext lint errors', () => {
    const out = execFileSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      [
        'lint',
        '--source-dir',
        requireBuild(FIREFOX_BUILD),
        '--self-hosted',
        '--output',
        'json',
        '--no-input',
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(out) as {
      errors: { code: string; message: string }[];
      summary: { errors: number };
    };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});
