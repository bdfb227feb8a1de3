/**
 * `tsx tests/simulator/cli.ts [--port 8108] [--host 127.0.0.1] [--quiet]`
 *
 * Starts the recorder simulator, prints the hub and every device URL, then one line per
 * request until SIGINT/SIGTERM. A taken --port falls back to a free one (the URL printed
 * is the one to use); devices take the ports right after the hub's when they are free.
 */
import type { IssuedDescript, LoggedRequest } from './server';
import { startSimulator } from './server';

interface CliOptions {
  port: number;
  host: string;
  quiet: boolean;
}

const USAGE = 'Usage: tsx tests/simulator/cli.ts [--port N] [--host ADDRESS] [--quiet]';

function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { port: 8108, host: '127.0.0.1', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (name === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new Error(`--port needs 0–65535. ${USAGE}`);
      opts.port = port;
    } else if (name === '--host') {
      opts.host = value();
      if (opts.host === '') throw new Error(`--host needs an address. ${USAGE}`);
    } else if (name === '--quiet') {
      opts.quiet = true;
    } else if (name === '--help' || name === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else {
      throw new Error(`Unknown argument ${arg}. ${USAGE}`);
    }
  }
  return opts;
}

function time(ms: number): string {
  return new Date(ms).toISOString().slice(11, 23);
}

function requestLine(r: LoggedRequest): string {
  // RPC bodies are a few hundred bytes: print them whole; cut only oversized uploads.
  const body = r.body.replace(/\s+/g, ' ').trim();
  const shown = body.length > 1000 ? `${body.slice(0, 997)}...` : body;
  return `${time(r.at)} ${(r.deviceId ?? 'hub').padEnd(18)} ${r.method.padEnd(7)} ${r.path}${shown ? `  ${shown}` : ''}`;
}

function descriptLine(d: IssuedDescript): string {
  return `${time(d.at)} ${d.deviceId.padEnd(18)} reset QR #${d.counter} (${d.via}): ${d.payload}`;
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  const sim = await startSimulator({
    host: opts.host,
    hubPort: opts.port,
    devicePortBase: opts.port === 0 ? undefined : opts.port + 1,
    onRequest: opts.quiet ? undefined : (r) => console.log(requestLine(r)),
    onDescript: opts.quiet ? undefined : (d) => console.log(descriptLine(d)),
  });

  console.log(`Recorder simulator hub: ${sim.hub}/`);
  for (const { device: d, origin } of sim.devices) {
    const state = d.initialized ? '' : '  (factory-fresh: init wizard)';
    console.log(
      `  ${d.id.padEnd(18)} ${d.brand.padEnd(9)} ${d.generation.padEnd(6)} ${d.model.padEnd(18)} ${origin}/${state}`,
    );
  }
  console.log('Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C means "now".
      process.exit(130);
    }
    stopping = true;
    console.log(`\n${signal}: stopping the simulator…`);
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
