/**
 * `reset-copilot inspect <file.xml> [--json] [--serial S] [--mac M] [--model M]`: checks a
 * ConfigTool password-reset export before it is e-mailed to Dahua support, with the same core
 * the side panel uses.
 *
 * Contract (tests and scripts rely on it): with --json, stdout is ONE JSON object with at least
 * `ok` (boolean), `serial`, `mac`, `model` (string or null) and `problems` (array of
 * `{code, message}`), also when the file is rejected or cannot be read.
 */
import { open, stat } from 'node:fs/promises';
import { macKey } from '../../shared/identity/mac';
import { parseSerial } from '../../shared/identity/serial';
import { formatInspectionReport, inspectExport, rejectOversize, XML_LIMITS } from '../../shared/xml/index';
import type { ExportInspection, InspectContext } from '../../shared/xml/index';
import { parseCommandArgs } from '../args';
import { EXIT } from '../exit';
import type { CliIo } from '../io';

export const summary = 'Check a ConfigTool password-reset XML export before sending it to support.';

export const help = `Usage: reset-copilot inspect <file.xml> [--json] [--serial S] [--mac M] [--model M]

Reads the file (never changes it) and reports whether it is a usable export: XML that is whole,
safe to parse (no entity declarations, no external references, within size and depth limits),
and which device it names (serial, MAC, model, device name, timestamps), found by element and
attribute names and by the shape of the values, since no public sample of the format exists.

  <file.xml>     the file ConfigTool saved (Password Reset > Reset Mode: XML File > Export)
  --json         print one JSON object (ok, serial, mac, model, problems, findings, …)
  --serial S     the serial of the device being reset: a different serial in the file is an
                 error (the wrong device was exported)
  --mac M        its MAC address (any separators); checked the same way
  --model M      its model; a different model is only a warning (rebrands differ)

Exit codes: 0 usable export (warnings may be printed), 1 the file is not usable (the reason
is printed), 2 usage, 3 the file cannot be read (missing, a folder, no permission).`;

interface InspectArgs {
  file: string;
  json: boolean;
  context: InspectContext;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseInspectArgs(args);
  if (typeof parsed === 'string') {
    io.err(`reset-copilot inspect: ${parsed}\n\n${help}`);
    return EXIT.usage;
  }

  const read = await readBounded(parsed.file, XML_LIMITS.maxBytes);
  if ('failure' in read) {
    if (parsed.json) {
      io.out(
        JSON.stringify(
          {
            file: parsed.file,
            ok: false,
            serial: null,
            mac: null,
            model: null,
            problems: [{ ...read.failure, severity: 'error' }],
          },
          null,
          2,
        ),
      );
    } else io.err(`reset-copilot inspect: ${read.failure.message}`);
    return EXIT.unavailable;
  }

  const inspection: ExportInspection =
    read.size > XML_LIMITS.maxBytes ? rejectOversize(read.size) : inspectExport(read.bytes, parsed.context);
  if (parsed.json) io.out(JSON.stringify({ file: parsed.file, ...inspection }, null, 2));
  else io.out(formatInspectionReport(inspection, parsed.file));
  if (!inspection.ok) {
    const reason = inspection.problems.find((p) => p.severity === 'error');
    if (!parsed.json && reason) io.err(`reset-copilot inspect: ${parsed.file} rejected: ${reason.message}`);
    return EXIT.rejected;
  }
  return EXIT.ok;
}

const MODEL_NEEDED = '--model needs a model name.';

function parseInspectArgs(args: string[]): InspectArgs | string {
  const parsed = parseCommandArgs(args, {
    json: { type: 'boolean' },
    serial: { type: 'string', needs: '--serial needs the serial number.' },
    mac: { type: 'string', needs: '--mac needs the MAC address.' },
    model: { type: 'string', needs: MODEL_NEEDED },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  const context: InspectContext = {};
  if (values.serial !== undefined) {
    const serial = parseSerial(values.serial);
    if (!serial) return `--serial needs a serial number (13–17 letters and digits), got "${values.serial}".`;
    context.serial = serial;
  }
  if (values.mac !== undefined) {
    const mac = macKey(values.mac);
    if (!mac)
      return `--mac needs a MAC address (12 hex digits, e.g. 3C:EF:8C:12:34:56), got "${values.mac}".`;
    context.mac = mac;
  }
  if (values.model !== undefined) {
    if (values.model.trim() === '') return MODEL_NEEDED;
    context.model = values.model.trim();
  }
  const [file, other] = positionals;
  if (file === undefined) return 'which file? Give the path of the exported .xml file.';
  if (other !== undefined) return `give exactly one file (got "${file}" and "${other}").`;
  return { file, json: values.json ?? false, context };
}

type ReadFailure = {
  code: 'not-found' | 'is-directory' | 'not-a-file' | 'permission-denied' | 'unreadable';
  message: string;
};
type ReadResult = { bytes: Uint8Array; size: number } | { failure: ReadFailure };

/** A clear sentence for a file-system error code (exported for tests: root ignores permissions). */
export function readFailure(path: string, code: string | undefined, detail = ''): ReadFailure {
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return {
        code: 'not-found',
        message: `${path}: no such file. Check the path (ConfigTool saves where you chose in its Export dialog).`,
      };
    case 'EISDIR':
      return { code: 'is-directory', message: `${path} is a folder; give the .xml file inside it.` };
    case 'EACCES':
    case 'EPERM':
      return {
        code: 'permission-denied',
        message: `${path}: permission denied. Copy the file somewhere you can read, or fix its permissions.`,
      };
    default:
      return { code: 'unreadable', message: `${path} cannot be read${detail ? `: ${detail}` : ''}.` };
  }
}

/**
 * Reads at most `max` bytes: the size is checked first, and the read stops at the limit even
 * if the file grows meanwhile, so /dev/zero or a huge file never fills memory. Anything that
 * is not a regular file (a FIFO would block forever) is refused before opening.
 */
async function readBounded(path: string, max: number): Promise<ReadResult> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { failure: readFailure(path, 'EISDIR') };
    if (!info.isFile())
      return {
        failure: { code: 'not-a-file', message: `${path} is not a regular file (a device, pipe or socket).` },
      };
    if (info.size > max) return { bytes: new Uint8Array(0), size: info.size };
    const handle = await open(path, 'r');
    try {
      const chunks: Uint8Array[] = [];
      let length = 0;
      // Chunked rather than sized from stat(): the file may change between stat() and read().
      while (length <= max) {
        const chunk = new Uint8Array(64 * 1024);
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
      }
      if (length > max) return { bytes: new Uint8Array(0), size: length };
      const bytes = new Uint8Array(length);
      let at = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, at);
        at += chunk.length;
      }
      return { bytes, size: length };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return { failure: readFailure(path, e.code, e.message) };
  }
}
