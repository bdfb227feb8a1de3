/**
 * The guide's "Read this screen" in VS Code. There is no screen to capture from the extension
 * host, so the helper picks an image on the site PC (a screenshot of the recorder's GUI, a
 * photo of its label) and the host reads it with the OCR pipeline; the guide then shows the
 * values on the image and lets the helper apply them, exactly as in the browser.
 */
import * as vscode from 'vscode';
import type { ReadScreenOutcome } from '../../../ui/guide-host';
import { IMAGE_FILES } from '../commands/read-image';
import type { OcrService } from '../ocr-service';

/** Images larger than this are not sent back to the webview (a message is copied whole). */
const MAX_PREVIEW_BYTES = 16 * 1024 * 1024;

export async function readScreenFromFile(ocr: OcrService): Promise<ReadScreenOutcome> {
  const picked = await vscode.window.showOpenDialog({
    title: 'Read details from an image on this computer',
    canSelectMany: false,
    filters: { [IMAGE_FILES.label]: IMAGE_FILES.extensions },
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
  });
  const uri = picked?.[0];
  if (!uri) return { ok: false, problem: 'cancelled', message: 'No image chosen.' };
  try {
    const reading = await ocr.read(uri);
    if (reading.bytes.length > MAX_PREVIEW_BYTES) {
      return {
        ok: false,
        problem: 'capture-failed',
        message: 'The image is too large to show here; use "Reset Copilot: Read details from image" instead.',
      };
    }
    const mime = reading.bytes[0] === 0x89 ? 'image/png' : 'image/jpeg';
    return {
      ok: true,
      reading: {
        image: {
          dataUrl: `data:${mime};base64,${Buffer.from(reading.bytes).toString('base64')}`,
          width: reading.image.width,
          height: reading.image.height,
        },
        scale: 1,
        result: reading.result,
        timings: {
          captureMs: reading.timings.readFileMs,
          engineStartMs: null,
          readMs: reading.timings.identifyMs,
        },
      },
    };
  } catch (error) {
    return {
      ok: false,
      problem: 'read-failed',
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
