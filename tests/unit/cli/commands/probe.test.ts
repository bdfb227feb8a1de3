/**
 * `reset-copilot probe`: the --json contract, exit codes, and what reaches the device.
 * In-process through main() for speed, plus one real process through the bin (tsx) so the
 * exit code and stdout are what a script sees.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../../../cli/io';
import { main } from '../../../../cli/main';
import { startSimulator, type Simulator } from '../../../simulator/server';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
let sim: Simulator;

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(['probe', ...args], io);
  return { code, out, err };
}

describe('reset-copilot probe', () => {
  it('--json prints one object with the contract fields', async () => {
    sim.clearLog();
    const { code, out, err } = await cli(sim.originOf('dahua-nvr-web3'), '--json');
    expect({ code, err }).toEqual({ code: 0, err: '' });
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toMatchObject({
      dahua: true,
      generation: 'web3',
      serial: '4L02C55PAZ7E1A3',
      mac: '38:AF:29:D4:1C:6E',
      initialized: true,
      resetContacts: ['A', 'B'],
    });
    const sent = sim.requestsFor('dahua-nvr-web3');
    expect(sent.some((r) => r.body.includes('PasswdFind'))).toBe(false);
    expect(sent.filter((r) => r.path === '/RPC2_Login')).toHaveLength(1);
  });

  it('keeps the contract types for a page that is not a recorder', async () => {
    const { code, out } = await cli(sim.hub, '--json');
    expect(code).toBe(0);
    const result = JSON.parse(out) as Record<string, unknown>;
    expect(result).toMatchObject({
      dahua: false,
      generation: null,
      serial: null,
      mac: null,
      initialized: null,
      resetContacts: [],
    });
  });

  it('prints a readable report without --json', async () => {
    const { code, out } = await cli(sim.originOf('dahua-nvr-uninit'));
    expect(code).toBe(0);
    expect(out).toMatch(/Initialised\s+no \(factory-fresh/);
    expect(out).toMatch(/Requests sent:/);
  });

  it('exits 3 with a clear message when nothing answers', async () => {
    const { code, out, err } = await cli('127.0.0.1:1', '--json', '--timeout', '2000');
    expect(code).toBe(3);
    expect(err).toMatch(/refused the connection/);
    expect(JSON.parse(out)).toMatchObject({ reachable: false, dahua: false, resetContacts: [] });
  });

  it.each([
    [[], /which address/],
    [['a', 'b'], /one address at a time/],
    [['x', '--timeout', 'soon'], /--timeout needs/],
    [['x', '--bogus'], /unknown option/],
    [['ftp://x'], /Only http/],
  ])('usage error %j exits 2', async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('runs as a real process through the bin', async () => {
    const ok = await runBin('probe', sim.originOf('lorex-nvr'), '--json');
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ dahua: true, generation: 'h5', serial: '5H07B1EPAZ40D9E' });
    const closed = await runBin('probe', '127.0.0.1:1');
    expect(closed.code).toBe(3);
    expect(closed.stderr).toMatch(/reset-copilot probe: http:\/\/127\.0\.0\.1:1 refused the connection/);
  }, 60_000);
});

/** The bin in a child process; async, so the in-process simulator keeps answering. */
function runBin(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['cli/bin/reset-copilot.mjs', ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
