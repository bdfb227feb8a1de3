/**
 * "Read details from image" on a PNG in the workspace: the CLI's OCR pipeline (tesseract.js
 * worker from node/, offline data) in the extension host, one worker reused, and the
 * guide's "Read this screen" answered from an image file the helper picks.
 *
 * ../../fixtures/system-info.png: a System Info table ("Device Type:", "Serial Number:", "MAC
 * Address:") rendered once by Debian Chromium in Liberation Sans 22 px; values invented.
 */
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { activate, type ExtensionApi } from '../../../../../extension/src/extension';
import { COMMAND, GUIDE_VIEW } from '../../../../../extension/src/ids';
import type { ImageReading } from '../../../../../extension/src/ocr-service';
import type { ResponseMessage } from '../../../../../extension/webview/protocol';
import { createTestContext, type TestContext } from '../../mock/context';
import { commands, fakeWebview, mock, Uri, window } from '../../mock/vscode';

const IMAGE = resolve(import.meta.dirname, '../../fixtures/system-info.png');
let context: TestContext;
let api: ExtensionApi;

beforeAll(() => {
  context = createTestContext();
  api = activate(context);
});
afterAll(() => context.cleanUp());

describe('Read details from image', () => {
  it('reads model, serial and MAC from a screenshot, and reports them for checking', async () => {
    const reading = await commands.executeCommand<ImageReading>(COMMAND.readImage, Uri.file(IMAGE));
    expect(reading.result.serial?.value).toBe('4L02C55PAZ7E1A3');
    expect(reading.result.model?.value).toBe('NVR4216-4KS2');
    expect(reading.result.mac?.value).toMatch(/^38:?AF:?29:?D4:?1C:?6E$/);
    const preview = mock.executed.find((e) => e.id === 'markdown.showPreview')!;
    const report = api.services.reports.textOf(preview.args[0] as never)!;
    expect(report).toMatch(/\| Serial \| 4L02C55PAZ7E1A3 \| \d+% \|/);
    expect(report).toContain('compare every value with the image');
  }, 60_000);

  it('reports an image it cannot read without a stack trace', async () => {
    const text = Uri.file(resolve(import.meta.dirname, '../../manifest.test.ts'));
    expect(await commands.executeCommand(COMMAND.readImage, text)).toBeUndefined();
    expect(window.showErrorMessage).toHaveBeenCalledWith(
      expect.stringMatching(/Could not read manifest\.test\.ts: .*not a PNG or JPEG/),
    );
  });

  it("answers the guide's Read this screen from a picked image", async () => {
    vi.mocked(window.showOpenDialog).mockResolvedValueOnce([Uri.file(IMAGE)]);
    const webview = fakeWebview();
    mock.viewProviders.get(GUIDE_VIEW)!.resolveWebviewView({
      webview,
      visible: true,
      onDidChangeVisibility: () => ({ dispose() {} }),
      onDidDispose: () => ({ dispose() {} }),
    });
    expect(webview.html).toContain('data-read-screen="on"');
    webview.send({ kind: 'request', id: 7, request: { method: 'readScreen' } });
    await expect.poll(() => webview.posted.length, { timeout: 60_000 }).toBe(1);
    const response = webview.posted[0] as ResponseMessage & {
      value: { ok: boolean; reading: { image: { dataUrl: string }; result: { serial: { value: string } } } };
    };
    expect(response.ok).toBe(true);
    expect(response.value.ok).toBe(true);
    expect(response.value.reading.result.serial.value).toBe('4L02C55PAZ7E1A3');
    expect(response.value.reading.image.dataUrl).toMatch(/^data:image\/png;base64,iVBOR/);
  }, 60_000);
});
