/**
 * Runs `tsx tests/simulator/cli.ts` as a child process and parses what it prints.
 *
 * happy-dom loads classic <script src> synchronously (it blocks on a helper process), which
 * would deadlock a simulator living in the test's own event loop; out of process it is a
 * real server, and the CLI's stdout doubles as the request log.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export interface CliLogLine {
  deviceId: string;
  method: string;
  path: string;
  body: string;
}

export interface CliSimulator {
  hub: string;
  origins: Record<string, string>;
  stdout(): string;
  /** Request lines printed since start (or since mark()). */
  requests(): CliLogLine[];
  /** Payloads of "reset QR" lines, in order. */
  payloads(): string[];
  mark(): void;
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const LINE = /^\d\d:\d\d:\d\d\.\d{3} (\S+)\s+([A-Z]+)\s+(\/\S*)(?: {2}(.*))?$/;
const PAYLOAD = /^\d\d:\d\d:\d\d\.\d{3} \S+\s+reset QR #\S+ \(\w[\w-]*\): (\S+)$/;

export async function startCli(args: string[] = ['--port', '0']): Promise<CliSimulator> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/simulator/cli.ts', ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  let markAt = 0;
  child.stdout?.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr?.on('data', (c: Buffer) => (err += c.toString('utf8')));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );

  const deadline = Date.now() + 20_000;
  while (!out.includes('Press Ctrl-C to stop.')) {
    if (child.exitCode !== null) throw new Error(`simulator CLI exited: ${err || out}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`simulator CLI did not start: ${err || out}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const hub = /^Recorder simulator hub: (http:\/\/\S+?)\/$/m.exec(out)?.[1] ?? '';
  const origins: Record<string, string> = {};
  for (const m of out.matchAll(/^ {2}(\S+)\s+\S+\s+\S+\s+.*?(http:\/\/\S+?)\/(?:\s|$)/gm))
    origins[m[1] ?? ''] = m[2] ?? '';
  const lines = () => out.slice(markAt).split('\n');

  return {
    hub,
    origins,
    stdout: () => out,
    requests: () =>
      lines().flatMap((l) => {
        const m = LINE.exec(l);
        return m ? [{ deviceId: m[1] ?? '', method: m[2] ?? '', path: m[3] ?? '', body: m[4] ?? '' }] : [];
      }),
    payloads: () => lines().flatMap((l) => PAYLOAD.exec(l)?.slice(1, 2) ?? []),
    mark: () => {
      markAt = out.length;
    },
    stop: () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export async function waitFor(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
