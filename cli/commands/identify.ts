/**
 * `reset-copilot identify <image>... [--json]`: model, serial, MAC and firmware (and the reset
 * QR's header) read from screenshots or photos, offline, with the same core the side panel uses.
 * One pool of OCR workers (two on a multi-core machine, or --workers) serves every image.
 */
import { parseCommandArgs } from '../args';
import { EXIT } from '../exit';
import type { CliIo } from '../io';
import { ImageFileError, readImageFile } from '../../node/image-file';
import { createNodeQrDecoder } from '../../node/qr-decoder';
import { createNodeOcrEngine, type NodeOcrEngine } from '../../node/tesseract-engine';
import { DEVICE_FIELDS, FIELD_LABELS } from '../../shared/identity/fields';
import { macVendor } from '../../shared/identity/mac';
import { identifyFromImage } from '../../shared/ocr/identify';
import type { FieldReading, IdentifyResult } from '../../shared/ocr/types';

export const summary = 'Read model, serial, MAC and firmware from screenshots or label photos (offline OCR).';

export const help = `Usage: reset-copilot identify <image>... [--json] [--workers N]

Reads the recorder's model, serial number, MAC address and firmware version from
PNG or JPEG screenshots (local GUI through a remote session, web pages, device
labels), and the header of a password-reset QR code when one is on screen. Runs
fully offline (tesseract.js and zxing-wasm from node_modules). Several images
share one pool of OCR workers.

Options:
  --json         Print JSON: one object for one image, an array for several.
                 Each object has "file" and "model", "serial", "mac",
                 "firmware", each null or { "value", "confidence" (0-1),
                 "source" }; "qr" when a reset QR was found; "error" when the
                 file could not be read.
  --workers N    OCR workers, 1-4 (default: 2 on a machine with two or more
                 cores, else 1). Each uses one core; the second adds ~50 MB
                 (a 1080p read: one worker +124 MB, two +175 MB). The reading
                 is the same whatever the number, only the time changes.
  -h, --help     Show this help.

Exit codes:
  0  every image was read (a field is null when the image does not show it)
  2  usage error: no image given, or an unknown option
  3  at least one file is missing, unreadable, not a PNG/JPEG image, damaged
     or too large (the other images are still reported)
  4  internal error (e.g. the OCR engine could not start)`;

interface FieldOut {
  value: string;
  confidence: number;
  source: FieldReading['source'];
  repaired?: true;
}

interface ImageOut {
  file: string;
  model: FieldOut | null;
  serial: FieldOut | null;
  mac: FieldOut | null;
  firmware: FieldOut | null;
  qr?: { purpose: string; vendor: string; vendorMeaning: string; keyId: string; bodyLength: number };
  error?: string;
}

function field(reading: FieldReading | null): FieldOut | null {
  if (!reading) return null;
  const out: FieldOut = { value: reading.value, confidence: reading.confidence, source: reading.source };
  if (reading.repaired) out.repaired = true;
  return out;
}

function toOutput(file: string, result: IdentifyResult): ImageOut {
  const out: ImageOut = {
    file,
    model: field(result.model),
    serial: field(result.serial),
    mac: field(result.mac),
    firmware: field(result.firmware),
  };
  if (result.qr) {
    // The encrypted body stays out of the output on purpose: only its length.
    const { purpose, vendor, vendorMeaning, keyId, bodyLength } = result.qr;
    out.qr = { purpose, vendor, vendorMeaning, keyId, bodyLength };
  }
  return out;
}

function human(out: ImageOut): string {
  const lines = [out.file];
  if (out.error) return `${out.file}\n  cannot read: ${out.error}`;
  const width = Math.max(...DEVICE_FIELDS.map((f) => out[f]?.value.length ?? 9));
  for (const f of DEVICE_FIELDS) {
    const value = out[f];
    if (!value) {
      lines.push(`  ${FIELD_LABELS[f].padEnd(9)} (not found)`);
      continue;
    }
    const notes = [`${value.source.toUpperCase()} ${Math.round(value.confidence * 100)} %`];
    if (value.repaired) notes.push('OCR look-alikes repaired');
    if (f === 'mac') notes.push(macVendor(value.value) ?? 'vendor unknown');
    lines.push(`  ${FIELD_LABELS[f].padEnd(9)} ${value.value.padEnd(width)}  (${notes.join(', ')})`);
  }
  if (out.qr) {
    lines.push(
      `  Reset QR  ${out.qr.vendor} = ${out.qr.vendorMeaning}; key ${out.qr.keyId}; ${out.qr.bodyLength}-character encrypted body (never shown or sent)`,
    );
  }
  return lines.join('\n');
}

const WORKERS_NEEDED = '--workers takes a number from 1 to 4.';

interface IdentifyArgs {
  files: string[];
  json: boolean;
  workers: number | undefined;
}

export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseIdentifyArgs(args);
  if (typeof parsed === 'string') {
    io.err(`reset-copilot identify: ${parsed}\n\n${help}`);
    return EXIT.usage;
  }
  const { files, json, workers } = parsed;

  // Created on the first readable image, so a call with only bad files starts no worker.
  let engine: NodeOcrEngine | null = null;
  const qr = createNodeQrDecoder();
  const outputs: ImageOut[] = [];
  let unreadable = false;
  try {
    for (const file of files) {
      let image;
      try {
        image = await readImageFile(file);
      } catch (error) {
        if (!(error instanceof ImageFileError)) throw error;
        unreadable = true;
        io.err(`reset-copilot identify: ${error.message}`);
        outputs.push({ file, model: null, serial: null, mac: null, firmware: null, error: error.message });
        continue;
      }
      engine ??= createNodeOcrEngine({ workers });
      outputs.push(toOutput(file, await identifyFromImage(image, engine, { qr })));
    }
  } finally {
    await engine?.terminate();
  }

  if (json) io.out(JSON.stringify(outputs.length === 1 ? outputs[0] : outputs, null, 2));
  else io.out(outputs.map(human).join('\n\n'));
  return unreadable ? EXIT.unavailable : EXIT.ok;
}

function parseIdentifyArgs(args: string[]): IdentifyArgs | string {
  const parsed = parseCommandArgs(args, {
    json: { type: 'boolean' },
    workers: { type: 'string', needs: WORKERS_NEEDED },
  });
  if (typeof parsed === 'string') return parsed;
  const { values, positionals } = parsed;
  if (values.workers !== undefined && !/^[1-4]$/.test(values.workers)) {
    return `${WORKERS_NEEDED.slice(0, -1)}, not "${values.workers}".`;
  }
  if (positionals.length === 0) return 'give at least one image.';
  return {
    files: positionals,
    json: values.json ?? false,
    workers: values.workers === undefined ? undefined : Number(values.workers),
  };
}
