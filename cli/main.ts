/**
 * `reset-copilot <command> [args]`. Each command lives in cli/commands/<name>.ts and exports
 * `run(args: string[], io: CliIo): Promise<number>` (the exit code) and `help: string`.
 */
import type { CliIo } from './io';
import { processIo } from './io';

type Command = { run(args: string[], io: CliIo): Promise<number>; summary: string; help: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  identify: () => import('./commands/identify'),
  inspect: () => import('./commands/inspect'),
  probe: () => import('./commands/probe'),
};

export const EXIT = {
  ok: 0,
  /** The command ran but the input is not usable (e.g. an XML export that is not one). */
  rejected: 1,
  /** Wrong arguments. */
  usage: 2,
  /** A file could not be read, or the device did not answer. */
  unavailable: 3,
  /** A bug or an environment problem. */
  internal: 4,
} as const;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return name ? EXIT.ok : EXIT.usage;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`reset-copilot: unknown command "${name}".\n\n${await usage()}`);
    return EXIT.usage;
  }
  let command: Command;
  try {
    command = await load();
  } catch {
    io.err(`reset-copilot: the "${name}" command is not available in this build.`);
    return EXIT.internal;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.err(`reset-copilot ${name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.internal;
  }
}

async function usage(): Promise<string> {
  const lines = ['Usage: reset-copilot <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    const summary = await load().then(
      (c) => c.summary,
      () => '(not available in this build)',
    );
    lines.push(`  ${name.padEnd(10)} ${summary}`);
  }
  lines.push('', 'Run `reset-copilot <command> --help` for options and exit codes.');
  lines.push('Exit codes: 0 ok, 1 input rejected, 2 usage, 3 file/device unavailable, 4 internal error.');
  return lines.join('\n');
}
