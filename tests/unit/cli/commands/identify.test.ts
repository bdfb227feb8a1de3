/**
 * `reset-copilot identify`, as a technician runs it: the real CLI process (through the package's
 * bin, as `npx reset-copilot` does) on PNG screenshots the test renders with Chromium from the
 * simulator's canvas-only local GUI, plus a text file and a truncated PNG for the error paths.
 * The JSON shape asserted here is the contract other tools rely on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, ROOT } from '../../../e2e/harness/paths';
import { DEFAULT_DEVICES, type SimDevice } from '../../../simulator/devices';
import { startSimulator } from '../../../simulator/server';

const BIN = join(ROOT, 'node_modules', '.bin', 'reset-copilot');
const OCR_TIMEOUT = 120_000;

let dir: string;
const device = (id: string): SimDevice => DEFAULT_DEVICES.find((d) => d.id === id)!;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rrc-cli-identify-'));
  const sim = await startSimulator();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const shoot = async (
      file: string,
      id: string,
      screen: 'info' | 'forgot',
      width: number,
      height: number,
      theme: 'dark' | 'light',
    ): Promise<void> => {
      const page = await browser.newPage({ viewport: { width, height } });
      await page.goto(
        `${sim.originOf(id)}/__sim/local-gui?screen=${screen}&w=${width}&h=${height}&theme=${theme}`,
      );
      writeFileSync(join(dir, file), await page.screenshot({ type: 'png' }));
      await page.close();
    };
    await shoot('info-dark.png', 'dahua-nvr-h5', 'info', 1920, 1080, 'dark');
    await shoot('info-light.png', 'dahua-nvr-web3', 'info', 1280, 1024, 'light');
    await shoot('forgot.png', 'dahua-xvr-web5', 'forgot', 1280, 1024, 'dark');
  } finally {
    await browser.close();
    await sim.close();
  }
  writeFileSync(join(dir, 'notes.txt'), 'Device Model: DHI-NVR5232-4KS2\nSerial No.: 6G04A2DPAJ93F5C\n');
  const png = readFileSync(join(dir, 'info-dark.png'));
  writeFileSync(join(dir, 'cut.png'), png.subarray(0, png.length >> 1));
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(BIN, ['identify', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The contract: each field null or { value: string, confidence 0–1, source }. */
function expectContract(result: Record<string, unknown>): void {
  expect(typeof result.file).toBe('string');
  for (const field of ['model', 'serial', 'mac', 'firmware']) {
    expect(result).toHaveProperty(field);
    const value = result[field] as { value: unknown; confidence: unknown; source: unknown } | null;
    if (value === null) continue;
    expect(typeof value.value).toBe('string');
    expect(typeof value.confidence).toBe('number');
    expect(value.confidence).toBeGreaterThanOrEqual(0);
    expect(value.confidence).toBeLessThanOrEqual(1);
    expect(typeof value.source).toBe('string');
  }
}

describe('reset-copilot identify', () => {
  it(
    'reads several images with one call: values, the reset QR, and the bad files reported with exit 3',
    async () => {
      const { code, stdout, stderr } = await cli(
        'info-dark.png',
        'forgot.png',
        'notes.txt',
        'cut.png',
        '--json',
      );
      expect(code).toBe(3);
      const results = JSON.parse(stdout) as Record<string, any>[];
      expect(results.map((r) => r.file)).toEqual(['info-dark.png', 'forgot.png', 'notes.txt', 'cut.png']);
      results.forEach(expectContract);

      const h5 = device('dahua-nvr-h5');
      const [info, forgot, notes, cut] = results as [any, any, any, any];
      expect(info.model).toMatchObject({ value: h5.model, source: 'ocr' });
      expect(info.serial).toMatchObject({ value: h5.serial, source: 'ocr' });
      expect(info.mac.value.replace(/:/g, '')).toBe(h5.mac);
      expect(info.firmware.value).toBe(`${h5.firmware},build:${h5.buildDate}`);
      expect(info.qr).toBeUndefined();

      // The forgot screen: a Dahua "new program" QR, no identity fields, the ciphertext never printed.
      expect(forgot.qr).toMatchObject({ vendor: 'A2', purpose: '0001' });
      expect(forgot.qr.bodyLength).toBeGreaterThan(300);
      expect([forgot.model, forgot.serial, forgot.mac, forgot.firmware]).toEqual([null, null, null, null]);
      expect(stdout).not.toMatch(/[A-Za-z0-9+/]{100,}/);

      expect(notes).toMatchObject({
        model: null,
        serial: null,
        mac: null,
        firmware: null,
        error: expect.stringMatching(/not a PNG or JPEG/),
      });
      expect(cut.error).toMatch(/damaged or truncated PNG/);
      expect(stderr).toMatch(/notes\.txt is not a PNG or JPEG image/);
      expect(stderr).toMatch(/cut\.png is a damaged or truncated PNG/);
    },
    OCR_TIMEOUT,
  );

  it(
    'prints one object (not an array) for one image, exit 0',
    async () => {
      const { code, stdout } = await cli('--json', 'info-light.png');
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as Record<string, any>;
      expect(Array.isArray(result)).toBe(false);
      expectContract(result);
      const web3 = device('dahua-nvr-web3');
      expect(result.serial?.value).toBe(web3.serial);
      expect(result.model?.value).toBe(web3.model);
    },
    OCR_TIMEOUT,
  );

  it(
    'reads the same with --workers 1 as with the default pool',
    async () => {
      const one = await cli('--json', '--workers', '1', 'info-light.png');
      const pool = await cli('--json', '--workers=2', 'info-light.png');
      expect([one.code, pool.code]).toEqual([0, 0]);
      const fields = (out: string) => {
        const r = JSON.parse(out) as Record<string, { value: string } | null>;
        return ['model', 'serial', 'mac', 'firmware'].map((f) => r[f]?.value ?? null);
      };
      expect(fields(one.stdout)).toEqual(fields(pool.stdout));
      expect(fields(one.stdout)[1]).toBe(device('dahua-nvr-web3').serial);
    },
    OCR_TIMEOUT,
  );

  it(
    'prints a readable summary without --json',
    async () => {
      const { code, stdout } = await cli('info-light.png');
      expect(code).toBe(0);
      const web3 = device('dahua-nvr-web3');
      expect(stdout).toContain('info-light.png');
      expect(stdout).toMatch(new RegExp(`Serial\\s+${web3.serial}\\s+\\(OCR \\d+ %`));
      expect(stdout).toMatch(/MAC\s+38:AF:29:D4:1C:6E\s+\(OCR \d+ %.*Dahua\)/);
    },
    OCR_TIMEOUT,
  );

  it('reports a missing file with exit 3 without starting OCR', async () => {
    const { code, stdout, stderr } = await cli('missing.png', '--json');
    expect(code).toBe(3);
    expect(JSON.parse(stdout)).toMatchObject({
      file: 'missing.png',
      serial: null,
      error: expect.stringMatching(/no such file/),
    });
    expect(stderr).toMatch(/missing\.png: no such file/);
  });

  it('exits 2 on usage errors and documents options and exit codes in --help', async () => {
    expect((await cli()).code).toBe(2);
    const unknown = await cli('--csv', 'info-dark.png');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown option --csv/);
    for (const bad of [['--workers', '0'], ['--workers=9'], ['--workers']]) {
      const out = await cli(...bad, 'info-dark.png');
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/--workers takes a number from 1 to 4/);
    }
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--json/);
    expect(help.stdout).toMatch(/--workers N/);
    expect(help.stdout).toMatch(/Exit codes:[\s\S]*0[\s\S]*2[\s\S]*3[\s\S]*4/);
  });
});
