/**
 * The guide webviews on the extension-host side: strict CSP with a per-load nonce,
 * localResourceRoots limited to the bundle, the message bridge (storage, device, clipboard),
 * device-change events (deferred while hidden), and the panel serializer.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { activate } from '../../../../extension/src/extension';
import { COMMAND, GUIDE_PANEL, GUIDE_VIEW } from '../../../../extension/src/ids';
import type { ResponseMessage } from '../../../../extension/webview/protocol';
import { startSimulator, type Simulator } from '../../../simulator/server';
import { createTestContext, EXTENSION_DIR, type TestContext } from '../mock/context';
import { commands, fakePanel, fakeWebview, mock, Uri, window, type FakeWebview } from '../mock/vscode';

let sim: Simulator;
let context: TestContext;

beforeAll(async () => {
  sim = await startSimulator();
  context = createTestContext();
  activate(context);
});
afterAll(async () => {
  context.cleanUp();
  await sim?.close();
});
beforeEach(() => mock.reset());

/** Resolves the activity-bar view into a fake webview view. */
function resolveView(visible = true) {
  const webview = fakeWebview();
  const view = {
    webview,
    visible,
    onDidChangeVisibility: (listener: () => void) => ((view.changed = listener), { dispose() {} }),
    onDidDispose: () => ({ dispose() {} }),
    changed: () => {},
  };
  mock.viewProviders.get(GUIDE_VIEW)!.resolveWebviewView(view);
  return { view, webview };
}

let nextId = 1;
/** Sends one request as the webview would and waits for its response. */
async function request(webview: FakeWebview, request: Record<string, unknown>): Promise<ResponseMessage> {
  const id = nextId++;
  webview.send({ kind: 'request', id, request });
  await expect.poll(() => webview.posted.find((m) => (m as ResponseMessage).id === id)).toBeDefined();
  return webview.posted.find((m) => (m as ResponseMessage).id === id) as ResponseMessage;
}

describe('guide webview', () => {
  it('serves the bundle under a strict CSP with a fresh nonce', () => {
    const { webview } = resolveView();
    const nonce = /script-src 'nonce-([A-Za-z0-9]{32})'/.exec(webview.html)?.[1];
    expect(nonce).toBeDefined();
    expect(webview.html).toContain(
      `default-src 'none'; script-src 'nonce-${nonce}'; style-src ${webview.cspSource}; img-src ${webview.cspSource} data:`,
    );
    // The CSP sits in <head>, before anything loads; the only script carries the nonce.
    expect(webview.html.indexOf('Content-Security-Policy')).toBeLessThan(webview.html.indexOf('</head>'));
    expect([...webview.html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual([
      `<script nonce="${nonce}" src="https://fake.vscode-cdn.net${join(EXTENSION_DIR, 'dist/webview/guide.js')}">`,
    ]);
    expect(webview.html).not.toMatch(/style="|<style/);
    const roots = webview.options.localResourceRoots as { fsPath: string }[];
    expect(roots.map((r) => r.fsPath)).toEqual([join(EXTENSION_DIR, 'dist', 'webview')]);
    expect(webview.options.enableScripts).toBe(true);
    expect(resolveView().webview.html).not.toContain(nonce!);
  });

  it('stores the cases in globalState, and only under the guide prefix', async () => {
    const { webview } = resolveView();
    expect(
      await request(webview, { method: 'store.set', key: 'rrc.case.record:x', value: { a: 1 } }),
    ).toMatchObject({ ok: true });
    expect(context.globalState.get('rrc.case.record:x')).toEqual({ a: 1 });
    expect(await request(webview, { method: 'store.get', key: 'rrc.case.record:x' })).toMatchObject({
      ok: true,
      value: { a: 1 },
    });
    expect(await request(webview, { method: 'store.keys', prefix: 'rrc.case.' })).toMatchObject({
      ok: true,
      value: ['rrc.case.record:x'],
    });
    expect(await request(webview, { method: 'store.remove', key: 'rrc.case.record:x' })).toMatchObject({
      ok: true,
    });
    expect(context.globalState.get('rrc.case.record:x')).toBeUndefined();

    const outside = await request(webview, {
      method: 'store.set',
      key: 'resetCopilot.currentDevice',
      value: { origin: 'http://evil' },
    });
    expect(outside).toMatchObject({ ok: false, error: expect.stringMatching(/rrc\./) });
    const huge = await request(webview, { method: 'store.set', key: 'rrc.x', value: 'x'.repeat(600_000) });
    expect(huge.ok).toBe(false);
  });

  it('ignores malformed messages', async () => {
    const { webview } = resolveView();
    for (const bad of [
      null,
      'hi',
      { kind: 'request' },
      { kind: 'request', id: 1, request: { method: 'eval', code: '1' } },
      { kind: 'request', id: 'x', request: { method: 'currentDevice' } },
    ]) {
      webview.send(bad);
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(webview.posted).toEqual([]);
  });

  it('shows the probed recorder, re-reads its status read-only, and tells the webview when it changes', async () => {
    const { webview } = resolveView();
    const hidden = resolveView(false);
    await commands.executeCommand(COMMAND.probe, sim.originOf('dahua-nvr-h5'));

    expect(webview.posted).toContainEqual({ kind: 'event', event: 'device-changed' });
    // A hidden webview cannot receive messages: the change waits until it shows again.
    expect(hidden.webview.posted).toEqual([]);
    hidden.view.visible = true;
    hidden.view.changed();
    expect(hidden.webview.posted).toEqual([{ kind: 'event', event: 'device-changed' }]);

    const device = await request(webview, { method: 'currentDevice' });
    expect(device).toMatchObject({
      ok: true,
      value: {
        origin: sim.originOf('dahua-nvr-h5'),
        model: 'DHI-NVR5232-4KS2',
        serialHidden: true,
        mac: 'BC:32:5F:7A:09:D2',
      },
    });

    sim.clearLog();
    const reading = await request(webview, { method: 'readDevice' });
    expect(reading).toMatchObject({
      ok: true,
      value: { status: { initialized: true, find: 'AB', xmlReset: true } },
    });
    expect(
      sim.requestsFor('dahua-nvr-h5').map((r) => `${r.method} ${r.path} ${JSON.parse(r.body).method}`),
    ).toEqual(['POST /OutsideCmd DevInit.getStatus']);

    await commands.executeCommand(COMMAND.forgetDevice);
    expect(await request(webview, { method: 'currentDevice' })).toMatchObject({ ok: true, value: null });
    expect(mock.context.get('resetCopilot.hasDevice')).toBe(false);
  });

  it('opens only https: and mailto: links, on the helper’s machine', async () => {
    const { webview } = resolveView();
    expect(
      await request(webview, {
        method: 'openUrl',
        url: 'mailto:support_rpwd@global.dahuatech.com?subject=Reset',
      }),
    ).toMatchObject({ ok: true });
    expect(decodeURIComponent(mock.opened[0]!)).toBe(
      'mailto:support_rpwd@global.dahuatech.com?subject=Reset',
    );
    for (const url of [
      'file:///etc/passwd',
      'command:workbench.action.terminal.new',
      'vscode://x',
      'http://example.com',
    ]) {
      webview.send({ kind: 'request', id: 999, request: { method: 'openUrl', url } });
    }
    await new Promise((r) => setTimeout(r, 20));
    expect(mock.opened).toHaveLength(1);
  });

  it('saves downloads and text files on the site PC, under a bare file name', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rrc-dl-'));
    try {
      vi.mocked(window.showSaveDialog).mockImplementation(async (options) => {
        expect((options?.defaultUri as { path: string }).path.endsWith('/passwd')).toBe(true);
        return Uri.file(join(folder, 'saved.xml'));
      });
      const { webview } = resolveView();
      const bytes = Buffer.from('<x>é</x>');
      expect(
        await request(webview, {
          method: 'download',
          fileName: '../../etc/passwd',
          base64: bytes.toString('base64'),
          mime: 'application/xml',
        }),
      ).toMatchObject({ ok: true });
      expect(readFileSync(join(folder, 'saved.xml')).equals(bytes)).toBe(true);
      expect(
        await request(webview, {
          method: 'saveTextFile',
          fileName: 'passwd',
          text: 'notes',
          mime: 'text/plain',
        }),
      ).toMatchObject({ ok: true });
      expect(readFileSync(join(folder, 'saved.xml'), 'utf8')).toBe('notes');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('copies to the helper’s clipboard', async () => {
    const { webview } = resolveView();
    expect(await request(webview, { method: 'copyText', text: 'Case summary' })).toMatchObject({ ok: true });
    expect(mock.clipboard).toBe('Case summary');
  });

  it('opens one guide panel and restores it after a reload through the serializer', async () => {
    const panel = await commands.executeCommand<ReturnType<typeof fakePanel>>(COMMAND.openGuide);
    expect(panel.viewType).toBe(GUIDE_PANEL);
    expect(panel.webview.html).toMatch(/script-src 'nonce-/);
    expect(await commands.executeCommand(COMMAND.openGuide)).toBe(panel);
    expect(panel.reveal).toHaveBeenCalled();

    const restored = fakePanel(GUIDE_PANEL);
    await mock.serializers.get(GUIDE_PANEL)!.deserializeWebviewPanel(restored, { view: 'guide', version: 1 });
    expect(restored.webview.html).toMatch(/script-src 'nonce-/);
    expect((restored.webview.options.localResourceRoots as { fsPath: string }[])[0]!.fsPath).toBe(
      join(EXTENSION_DIR, 'dist', 'webview'),
    );
    expect(await request(restored.webview, { method: 'currentDevice' })).toMatchObject({ ok: true });
  });
});
