/**
 * `npm start`: the main job. Builds the Chromium extension, starts the recorder simulator and
 * opens Chromium with the extension loaded at a simulated recorder's login page.
 *
 * Without a display (a server, CI, an SSH session without X forwarding) it says so, prints the
 * simulator URLs instead, and keeps the simulator running until Ctrl-C.
 *
 * Flags: --no-build (reuse .output), --no-browser, --port N (hub port, default 8108),
 *        --exit-when-ready (print and exit; used by the tests).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSimulator } from '../tests/simulator/server';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const root = resolve(import.meta.dirname, '..');
const extensionDir = join(root, '.output/chrome-mv3');

function findChromium(): string | null {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  if (!flag('--no-build')) {
    console.log('Building the Chromium extension (npm run build)…');
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
    if (built.status !== 0) {
      console.error('The build failed; see the output above.');
      process.exit(built.status ?? 1);
    }
  }

  const port = Number(option('--port') ?? 8108);
  // Devices on the ports after the hub's, so the demo URLs stay the same from run to run.
  const sim = await startSimulator({ hubPort: port, ...(port > 0 && { devicePortBase: port + 1 }) });
  const demo = sim.devices.find((d) => d.device.id === 'dahua-nvr-web3') ?? sim.devices[0];
  const target = demo ? demo.origin + '/' : sim.hub;
  console.log(`\nRecorder simulator hub: ${sim.hub}/`);
  for (const { device, origin } of sim.devices) {
    console.log(
      `  ${device.brand.padEnd(9)} ${device.generation.padEnd(6)} ${device.model.padEnd(22)} ${origin}/`,
    );
  }

  const stop = async () => {
    await sim.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  if (flag('--exit-when-ready')) {
    console.log('\nReady.');
    return stop();
  }

  const chromium = findChromium();
  if (flag('--no-browser')) {
    console.log('\n--no-browser: open the URLs above in a browser with the extension loaded (see README).');
  } else if (!hasDisplay()) {
    console.log(
      '\nNo display found (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open here.\n' +
        `Open ${target} in Chromium on a machine with a screen, with the extension from\n` +
        `${extensionDir} loaded (chrome://extensions → Developer mode → Load unpacked).\n` +
        'The simulator keeps running; press Ctrl-C to stop it.',
    );
  } else if (!chromium) {
    console.log('\nNo Chromium found (install it with `apt-get install -y chromium`, or set CHROMIUM_PATH).');
  } else {
    const profile = mkdtempSync(join(tmpdir(), 'rrc-start-'));
    const browserArgs = [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      target,
    ];
    console.log(`\nOpening ${chromium} at ${target}`);
    const child = spawn(chromium, browserArgs, { stdio: 'ignore' });
    child.on('exit', () => void stop());
  }
  console.log('Requests the simulator receives are listed below.\n');
  let shown = 0;
  setInterval(() => {
    for (const r of sim.requests.slice(shown)) {
      console.log(`${new Date(r.at).toISOString()} ${r.deviceId ?? 'hub'} ${r.method} ${r.path}`);
    }
    shown = sim.requests.length;
  }, 500).unref();
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
