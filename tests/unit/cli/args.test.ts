/**
 * One argument grammar for every command (node:util parseArgs underneath): `--x=v` is `--x v`,
 * `--` ends the options, `-` is a positional, and each kind of mistake is one sentence.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../../cli/args';
import { run as identify } from '../../../cli/commands/identify';
import { run as inspect } from '../../../cli/commands/inspect';
import { run as probe } from '../../../cli/commands/probe';
import type { CliIo } from '../../../cli/io';

const SPECS = {
  json: { type: 'boolean' },
  timeout: { type: 'string', needs: '--timeout needs milliseconds.' },
} as const;

describe('parseCommandArgs', () => {
  it('reads --x=v as --x v, and everything after -- as positionals', () => {
    const joined = parseCommandArgs(['--timeout=500', 'a'], SPECS);
    const split = parseCommandArgs(['--timeout', '500', 'a'], SPECS);
    expect(joined).toEqual(split);
    expect(joined).toEqual({ values: { timeout: '500' }, positionals: ['a'] });
    expect(parseCommandArgs(['--json', '--', '--timeout', '-'], SPECS)).toEqual({
      values: { json: true },
      positionals: ['--timeout', '-'],
    });
    expect(parseCommandArgs(['-'], SPECS)).toEqual({ values: {}, positionals: ['-'] });
  });

  it('says what is wrong in one sentence', () => {
    expect(parseCommandArgs(['--csv'], SPECS)).toBe('unknown option --csv.');
    expect(parseCommandArgs(['-x', 'a'], SPECS)).toBe('unknown option -x.');
    expect(parseCommandArgs(['--timeout'], SPECS)).toBe('--timeout needs milliseconds.');
    expect(parseCommandArgs(['--timeout', '--json'], SPECS)).toBe('--timeout needs milliseconds.');
    expect(parseCommandArgs(['--json=yes'], SPECS)).toBe('--json takes no value.');
  });
});

describe('every command parses the same way', () => {
  function io() {
    const err: string[] = [];
    const sink: CliIo = { out: () => undefined, err: (t) => err.push(t) };
    return { sink, err };
  }

  it.each([
    ['identify', identify],
    ['inspect', inspect],
    ['probe', probe],
  ] as const)('%s: an unknown option is a usage error with the same sentence', async (name, run) => {
    const { sink, err } = io();
    expect(await run(['--bogus', 'x'], sink)).toBe(2);
    expect(err.join('')).toContain(`reset-copilot ${name}: unknown option --bogus.`);
  });

  it('after --, a name starting with a dash is a file, not an option', async () => {
    const files = io();
    // identify reads "-x.png" as a file: missing (exit 3), no usage error and no OCR started.
    expect(await identify(['--', '-x.png'], files.sink)).toBe(3);
    expect(files.err.join('')).not.toContain('unknown option');
    const missing = io();
    expect(await inspect(['--json', '--', '-export.xml'], missing.sink)).toBe(3);
  });
});
