/**
 * The built extension works from its own files only, as it will from the .vsix: the bundles
 * are built into a temporary folder outside the repository (no node_modules above it), then
 * a plain Node process activates dist/extension.js against a vscode stub, reads a screenshot
 * with OCR (tesseract worker bundle, core and traineddata from dist/, no download) and probes
 * the simulator. Its working directory must stay empty: no traineddata cache in the cwd.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../simulator/server';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = resolve(import.meta.dirname, 'fixtures');
let sim: Simulator;
let work: string;

function run(
  command: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_PATH: '' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  sim = await startSimulator();
  work = mkdtempSync(join(tmpdir(), 'rrc-vsix-'));
  const build = await run(
    process.execPath,
    ['--import', 'tsx', 'extension/build.ts', '--outdir', join(work, 'ext', 'dist')],
    ROOT,
  );
  expect(build.stderr).toBe('');
  expect(build.code).toBe(0);
  copyFileSync(join(ROOT, 'extension', 'package.json'), join(work, 'ext', 'package.json'));
  mkdirSync(join(work, 'cwd'));
}, 120_000);
afterAll(async () => {
  await sim?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('the built extension, on its own', () => {
  it('reads an image offline and probes a recorder, writing nothing to the cwd', async () => {
    const result = await run(
      process.execPath,
      [
        join(FIXTURES, 'bundle-runner.cjs'),
        join(work, 'ext'),
        join(FIXTURES, 'system-info.png'),
        sim.originOf('dahua-nvr-web3'),
      ],
      join(work, 'cwd'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const out = JSON.parse(result.stdout) as {
      serial: string;
      model: string;
      probe: { dahua: boolean; serial: string };
      cwdFiles: string[];
    };
    expect(out.serial).toBe('4L02C55PAZ7E1A3');
    expect(out.model).toBe('NVR4216-4KS2');
    expect(out.probe).toEqual({ dahua: true, serial: '4L02C55PAZ7E1A3' });
    expect(out.cwdFiles).toEqual([]);
    expect(readdirSync(join(work, 'cwd'))).toEqual([]);
  }, 120_000);
});
