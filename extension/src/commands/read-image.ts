/**
 * "Reset Copilot: Read details from image": model, serial, MAC, firmware and the reset QR's
 * header from a PNG/JPEG on the site PC (a screenshot of the recorder's screen, a photo of its
 * label), with the same OCR pipeline as the CLI's `identify`.
 *
 * OCR output is untrusted text: the report shows each value with its confidence and what was
 * read before repair, for the helper to confirm against the image; nothing joins a case here.
 */
import * as vscode from 'vscode';
import { DEVICE_FIELDS, FIELD_LABELS } from '../../../shared/identity/fields';
import type { FieldReading, IdentifyResult } from '../../../shared/ocr/types';
import { COMMAND } from '../ids';
import type { ImageReading } from '../ocr-service';
import type { Services } from '../services';
import { baseName, pickFile } from './pick-file';

export const IMAGE_FILES = {
  extensions: ['png', 'jpg', 'jpeg'],
  label: 'Images',
  title: 'Read details from image',
};

const FIELDS = DEVICE_FIELDS.map((field) => [field, FIELD_LABELS[field]] as const);

export async function readImageCommand(services: Services, arg?: unknown): Promise<ImageReading | undefined> {
  const uri = await pickFile(arg, IMAGE_FILES);
  if (!uri) return undefined;
  let reading: ImageReading;
  try {
    reading = await Promise.resolve(
      vscode.window.withProgress(
        {
          location: vscode.ProgressLocation.Notification,
          title: `Reading ${baseName(uri)}…`,
          cancellable: true,
        },
        async (progress, token) => {
          const abort = new AbortController();
          token?.onCancellationRequested?.(() => abort.abort());
          let last = 0;
          return services.ocr.read(
            uri,
            (fraction) => {
              progress.report({ increment: Math.max(0, (fraction - last) * 100) });
              last = fraction;
            },
            abort.signal,
          );
        },
      ),
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    services.output.appendLine(`Read details from ${uri.fsPath}: ${message}`);
    void vscode.window.showErrorMessage(`Could not read ${baseName(uri)}: ${message}`);
    return undefined;
  }

  const text = describeReading(reading.result);
  services.output.appendLine(
    `Read details from ${uri.fsPath} (${reading.timings.identifyMs} ms):\n${text}\n`,
  );
  await services.reports.show(`Image ${baseName(uri)}`, imageReport(baseName(uri), reading));
  const found = FIELDS.filter(([field]) => reading.result[field]);
  const copy = 'Copy values';
  const guide = 'Open guide';
  void vscode.window
    .showInformationMessage(
      found.length > 0
        ? `Read ${found.map(([, label]) => label).join(', ')} from ${baseName(uri)}. Check them against the image before using them.`
        : `No model, serial, MAC or firmware found in ${baseName(uri)}.`,
      ...(found.length > 0 ? [copy] : []),
      guide,
    )
    .then((choice) => {
      if (choice === copy) return vscode.env.clipboard.writeText(text);
      if (choice === guide) return vscode.commands.executeCommand(COMMAND.openGuide);
      return undefined;
    });
  return reading;
}

/** "Model: X\nSerial: Y…" for the clipboard and the output channel. */
export function describeReading(result: IdentifyResult): string {
  const lines = FIELDS.flatMap(([field, label]) =>
    result[field] ? [`${label}: ${result[field].value}`] : [],
  );
  if (result.qr)
    lines.push(`Reset QR: vendor ${result.qr.vendor} (${result.qr.vendorMeaning}), key ${result.qr.keyId}`);
  return lines.length > 0 ? lines.join('\n') : '(nothing recognised)';
}

function imageReport(name: string, reading: ImageReading): string {
  const md = (value: string) =>
    value
      .replace(/[\r\n]+/g, ' ')
      .replace(/[<>&]/g, (c) => `&#${c.charCodeAt(0)};`)
      .replace(/([\\`*_[\]|#!~])/g, '\\$1');
  const row = (label: string, r: FieldReading | null) =>
    r
      ? `| ${label} | ${md(r.value)} | ${Math.round(r.confidence * 100)}% | ${r.repaired ? `repaired from ${md(r.raw ?? '')}` : ''} |`
      : `| ${label} | — | | |`;
  const { result, image, timings } = reading;
  const lines = [
    `# Details read from ${md(name)}`,
    '',
    `${image.width}×${image.height} pixels, read in ${timings.identifyMs} ms. OCR can misread: compare every value with the image before using it.`,
    '',
    '| Field | Value | Confidence | Note |',
    '|---|---|---|---|',
    ...FIELDS.map(([field, label]) => row(label, result[field])),
  ];
  if (result.qr) {
    lines.push(
      '',
      '## Reset QR',
      '',
      `Vendor ${md(result.qr.vendor)} (${md(result.qr.vendorMeaning)}), purpose ${md(result.qr.purpose)}, key id ${md(result.qr.keyId)}, ${result.qr.bodyLength} characters of encrypted body (not kept).`,
      'Scan the QR on the recorder with the vendor app (DMSS, Lorex/Amcrest app), or send its text to support.',
    );
  }
  lines.push('', `_${result.lines.length} text lines read. The image stays on this computer._`);
  return lines.join('\n');
}
