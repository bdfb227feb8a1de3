/**
 * `reset-copilot inspect`, run as the real installed binary (node_modules/.bin/reset-copilot)
 * on real files in a temporary folder. The --json contract: ONE object with ok, serial, mac,
 * model and problems[{code, message}], also when the file is rejected or unreadable.
 */
import { execFile } from 'node:child_process';
import { chmod, copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFailure, run } from '../../../../cli/commands/inspect';
import type { CliIo } from '../../../../cli/io';
import { FIXTURES } from '../../shared/xml/fixtures';

const ROOT = join(import.meta.dirname, '../../../..');
const BIN = join(ROOT, 'node_modules/.bin/reset-copilot');

interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Ran> {
  return new Promise((resolve) => {
    execFile(BIN, ['inspect', ...args], { cwd: ROOT, timeout: 30_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The contract: exactly one JSON object on stdout, with the promised fields and types. */
function contract(stdout: string) {
  const value: unknown = JSON.parse(stdout);
  expect(typeof value).toBe('object');
  const o = value as Record<string, unknown>;
  expect(typeof o.ok).toBe('boolean');
  for (const key of ['serial', 'mac', 'model'])
    expect(o[key] === null || typeof o[key] === 'string', key).toBe(true);
  expect(Array.isArray(o.problems)).toBe(true);
  for (const p of o.problems as Record<string, unknown>[]) {
    expect(typeof p.code).toBe('string');
    expect(typeof p.message).toBe('string');
  }
  return o as {
    ok: boolean;
    serial: string | null;
    mac: string | null;
    model: string | null;
    problems: { code: string; message: string }[];
  };
}

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rrc-inspect-'));
  await copyFile(join(FIXTURES, 'flat-elements.xml'), join(dir, 'export.xml'));
  await writeFile(
    join(dir, 'cut.xml'),
    '<?xml version="1.0"?><PasswordResetFile><SerialNo>7K03B21PAZ4C9D1</SerialNo><MacA',
  );
  await writeFile(join(dir, 'big.xml'), new Uint8Array(6 * 1024 * 1024).fill(0x20));
  await writeFile(join(dir, 'name with spaces.xml'), '<r><SN>5F0A9C4PAG7B2E8</SN></r>');
  await mkdir(join(dir, 'folder.xml'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('reset-copilot inspect (spawned)', () => {
  it('a usable export: exit 0 and a readable report', async () => {
    const r = await cli(join(dir, 'export.xml'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('usable export');
    expect(r.stdout).toContain('7K03B21PAZ4C9D1');
    expect(r.stdout).toContain('3C:EF:8C:4A:19:7E');
    expect(r.stdout).toContain('/PasswordResetFile/SerialNo');
    expect(r.stderr).toBe('');
  });

  it('--json on a usable export with a matching --serial and --mac', async () => {
    const r = await cli(
      join(dir, 'export.xml'),
      '--json',
      '--serial',
      '7K03B21PAZ4C9D1',
      '--mac=3c-ef-8c-4a-19-7e',
    );
    expect(r.code).toBe(0);
    const o = contract(r.stdout);
    expect(o).toMatchObject({
      ok: true,
      serial: '7K03B21PAZ4C9D1',
      mac: '3CEF8C4A197E',
      model: 'DHI-NVR4108HS-8P-4KS2/L',
      problems: [],
      matchesCase: 'yes',
    });
  });

  it('--json on a rejected file: exit 1, still one object, with the reason', async () => {
    const r = await cli('--json', join(dir, 'cut.xml'));
    expect(r.code).toBe(1);
    const o = contract(r.stdout);
    expect(o).toMatchObject({ ok: false, serial: null, mac: null, model: null });
    expect(o.problems.map((p) => p.code)).toEqual(['truncated']);
  });

  it('the wrong device: exit 1 with the reason on stderr', async () => {
    const r = await cli(join(dir, 'export.xml'), '--serial', '5F0A9C4PAG7B2E8');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('[serial-mismatch]');
    expect(r.stderr).toMatch(/rejected: Wrong device/);
  });

  it('over the size limit: exit 1, too-large, without reading it all', async () => {
    const r = await cli(join(dir, 'big.xml'), '--json');
    expect(r.code).toBe(1);
    expect(contract(r.stdout).problems.map((p) => p.code)).toEqual(['too-large']);
  });

  it('a missing file or a folder: exit 3, a clear message, and JSON with --json', async () => {
    const missing = await cli(join(dir, 'nope.xml'));
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no such file');
    const folder = await cli(join(dir, 'folder.xml'), '--json');
    expect(folder.code).toBe(3);
    const o = contract(folder.stdout);
    expect(o).toMatchObject({ ok: false, problems: [{ code: 'is-directory' }] });
  });

  it.skipIf(process.getuid?.() === 0)('permission denied: exit 3', async () => {
    const locked = join(dir, 'locked.xml');
    await writeFile(locked, '<r/>');
    await chmod(locked, 0o000);
    const r = await cli(locked);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('permission denied');
  });

  it('usage errors: exit 2', async () => {
    const none = await cli();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: reset-copilot inspect');
    expect((await cli(join(dir, 'export.xml'), '--serial', 'abc')).code).toBe(2);
  });

  it('--help lists the options and exit codes', async () => {
    const r = await cli('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /--json[\s\S]*--serial[\s\S]*--mac[\s\S]*Exit codes: 0 [\s\S]*1 [\s\S]*2 usage, 3/,
    );
  });
});

describe('inspect command in process', () => {
  function io() {
    const out: string[] = [];
    const err: string[] = [];
    const sink: CliIo = { out: (t) => out.push(t), err: (t) => err.push(t) };
    return { sink, out, err };
  }

  it('argument errors', async () => {
    for (const args of [['a.xml', 'b.xml'], ['--mac', 'zz', 'a.xml'], ['--bogus', 'a.xml'], ['--model']]) {
      const { sink, err } = io();
      expect(await run(args, sink), args.join(' ')).toBe(2);
      expect(err.join('')).toMatch(/reset-copilot inspect: /);
    }
  });

  it('a file name with spaces, and one after --', async () => {
    const { sink, out } = io();
    expect(await run(['--', join(dir, 'name with spaces.xml')], sink)).toBe(0);
    expect(out.join('')).toContain('5F0A9C4PAG7B2E8');
  });

  it('maps file-system errors to clear sentences (root cannot test EACCES for real)', () => {
    expect(readFailure('/x.xml', 'EACCES')).toMatchObject({
      code: 'permission-denied',
      message: expect.stringContaining('permission denied'),
    });
    expect(readFailure('/x.xml', 'ENOENT').code).toBe('not-found');
    expect(readFailure('/x.xml', 'EISDIR').code).toBe('is-directory');
    expect(readFailure('/x.xml', 'EIO', 'i/o error')).toMatchObject({
      code: 'unreadable',
      message: '/x.xml cannot be read: i/o error.',
    });
  });
});
