/**
 * `reset-copilot <command> [args]`. Each command lives in cli/commands/<name>.ts and exports
 * `run(args, io)` (resolving to its exit code, cli/exit.ts), a one-line `summary` for this usage
 * and its `help`. Commands load on demand, so `probe` never loads the OCR engine.
 */
import { EXIT } from './exit';
import type { CliIo } from './io';
import { processIo } from './io';

type Command = { run(args: string[], io: CliIo): Promise<number>; summary: string; help: string };

const COMMANDS: Record<string, () => Promise<Command>> = {
  identify: () => import('./commands/identify'),
  inspect: () => import('./commands/inspect'),
  probe: () => import('./commands/probe'),
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (!name || name === '--help' || name === '-h' || name === 'help') {
      io.out(await usage());
      return name ? EXIT.ok : EXIT.usage;
    }
    const load = COMMANDS[name];
    if (!load) {
      io.err(`reset-copilot: unknown command "${name}".\n\n${await usage()}`);
      return EXIT.usage;
    }
    const command = await load();
    // Before the command's own parsing, so `--help` works next to any other argument.
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(rest, io);
  } catch (error) {
    io.err(
      `reset-copilot${name ? ` ${name}` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.internal;
  }
}

async function usage(): Promise<string> {
  const lines = ['Usage: reset-copilot <command> [options]', '', 'Commands:'];
  for (const [name, load] of Object.entries(COMMANDS)) {
    lines.push(`  ${name.padEnd(10)} ${(await load()).summary}`);
  }
  lines.push('', 'Run `reset-copilot <command> --help` for options and exit codes.');
  lines.push('Exit codes: 0 ok, 1 input rejected, 2 usage, 3 file/device unavailable, 4 internal error.');
  return lines.join('\n');
}
