/**
 * `reset-copilot probe <address> [--json] [--timeout ms] [--insecure]`: the same read-only
 * probe as the VS Code command, from a terminal on the site network.
 *
 * Contract (tests and scripts rely on it): with --json, stdout is one JSON object with at
 * least `dahua` (true, false, or null for "probably, not confirmed"), `generation`, `serial`, `mac` (string or null), `initialized`
 * (boolean or null) and `resetContacts` (array). Exit 0 when the address answered over HTTP,
 * 3 with a clear message on stderr when it did not, 2 on bad arguments.
 */
import { parseCommandArgs } from '../args';
import { EXIT } from '../exit';
import type { CliIo } from '../io';
import { createNodeHttpClient } from '../../node/http-client';
import { AddressError, normaliseAddress } from '../../shared/probe/address';
import { DEFAULT_PROBE_TIMEOUT_MS, probeRecorder } from '../../shared/probe/probe';
import { formatProbeReport } from '../../shared/probe/report';

export const summary = 'Ask a recorder at an address what it tells anyone before login (read-only).';

export const help = `Usage: reset-copilot probe <address> [--json] [--timeout ms] [--insecure]

Fetches the recorder's login page, sends ONE login challenge with an empty password (the
device introduces itself; this is never a login attempt) and reads DevInit.getStatus.
Nothing else: no PasswdFind call, no login, nothing that changes the device.

  <address>       192.168.1.108, nvr.local:8080, http://host:8080 or https://host
  --json          print one JSON object (dahua, generation, serial, mac, initialized,
                  resetContacts, …) instead of the report
  --timeout ms    give up on each request after this many milliseconds (default ${DEFAULT_PROBE_TIMEOUT_MS})
  --insecure      accept a self-signed TLS certificate from THIS address's host only

Reset contacts (DevInit "Find" letters): B = reserved e-mail (documented),
A = reserved phone number (inferred), other letters are not documented.

Exit codes: 0 the address answered, 2 usage, 3 the address did not answer.`;

interface ProbeArgs {
  address: string;
  json: boolean;
  timeoutMs: number;
  insecure: boolean;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseProbeArgs(args);
  if (typeof parsed === 'string') {
    io.err(`reset-copilot probe: ${parsed}\n\n${help}`);
    return EXIT.usage;
  }
  let host: string;
  try {
    host = normaliseAddress(parsed.address).host;
  } catch (error) {
    if (error instanceof AddressError) {
      io.err(`reset-copilot probe: ${error.message}`);
      return EXIT.usage;
    }
    throw error;
  }

  const http = createNodeHttpClient({ allowSelfSigned: (h) => parsed.insecure && h === host });
  const result = await probeRecorder(parsed.address, http, { timeoutMs: parsed.timeoutMs });
  io.out(parsed.json ? JSON.stringify(result, null, 2) : formatProbeReport(result, 'text'));
  if (!result.reachable) {
    const hint =
      result.failure === 'tls-untrusted' ? ' Run again with --insecure to accept its certificate.' : '';
    io.err(`reset-copilot probe: ${result.errors[0] ?? `${result.address} did not answer.`}${hint}`);
    return EXIT.unavailable;
  }
  return EXIT.ok;
}

const TIMEOUT_NEEDED = '--timeout needs a whole number of milliseconds between 100 and 120000.';

function parseProbeArgs(args: string[]): ProbeArgs | string {
  const parsed = parseCommandArgs(args, {
    json: { type: 'boolean' },
    insecure: { type: 'boolean' },
    timeout: { type: 'string', needs: TIMEOUT_NEEDED },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  let timeoutMs = DEFAULT_PROBE_TIMEOUT_MS;
  if (values.timeout !== undefined) {
    const ms = Number(values.timeout);
    if (values.timeout === '' || !Number.isInteger(ms) || ms < 100 || ms > 120_000) return TIMEOUT_NEEDED;
    timeoutMs = ms;
  }
  const [address, other] = positionals;
  if (address === undefined) return 'which address? e.g. reset-copilot probe 192.168.1.108';
  if (other !== undefined) return `one address at a time (got "${address}" and "${other}").`;
  return { address, json: values.json ?? false, timeoutMs, insecure: values.insecure ?? false };
}
