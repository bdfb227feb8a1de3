/**
 * Argument parsing for every command, over `node:util` parseArgs: `--name value` and
 * `--name=value` mean the same, `--` ends the options (what follows is a file or address even
 * if it starts with a dash), and a lone `-` is a positional. Bad input comes back as one
 * sentence for the command to print above its help.
 */
import { parseArgs } from 'node:util';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** What a string option needs, said when its value is missing ("--model needs a model name."). */
  needs?: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

export interface ParsedArgs<S extends OptionSpecs> {
  values: { [K in keyof S]?: S[K]['type'] extends 'boolean' ? boolean : string };
  positionals: string[];
}

export function parseCommandArgs<S extends OptionSpecs>(args: string[], specs: S): ParsedArgs<S> | string {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, { type: spec.type }])),
      allowPositionals: true,
      strict: true,
    });
    return { values: values as ParsedArgs<S>['values'], positionals };
  } catch (error) {
    return problem(error, specs);
  }
}

/** parseArgs' errors say what to type instead; ours say what the option is for. */
function problem(error: unknown, specs: OptionSpecs): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const name = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${name}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const spec = specs[name.replace(/^-+/, '')];
    if (spec?.type === 'boolean') return `${name} takes no value.`;
    return spec?.needs ?? `${name} needs a value.`;
  }
  throw error;
}
