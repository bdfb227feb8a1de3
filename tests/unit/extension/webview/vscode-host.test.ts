/**
 * The webview side of the bridge (extension/webview/vscode-host.ts): every GuideHost call is
 * one request with a fresh id, answered by the response with that id; errors and host events
 * arrive where the guide expects them. The Chromium test runs it for real; this pins the
 * protocol without a browser.
 */
import { describe, expect, it, vi } from 'vitest';
import { parseRequest, type RequestMessage } from '../../../../extension/webview/protocol';
import {
  createWebviewHost,
  type MessageSource,
  type VsCodeApi,
} from '../../../../extension/webview/vscode-host';

function harness() {
  const sent: RequestMessage[] = [];
  let deliver: (event: { data: unknown }) => void = () => {};
  const source: MessageSource = { addEventListener: (_type, listener) => (deliver = listener) };
  const api: VsCodeApi = {
    postMessage: (m) => sent.push(m as RequestMessage),
    getState: () => undefined,
    setState: () => {},
  };
  const host = createWebviewHost(api, source);
  const reply = (id: number, value: unknown) => deliver({ data: { kind: 'response', id, ok: true, value } });
  return { host, sent, deliver: (data: unknown) => deliver({ data }), reply };
}

describe('webview GuideHost', () => {
  it('sends well-formed requests the host accepts, and resolves each by its id', async () => {
    const { host, sent, reply } = harness();
    const a = host.store.get('rrc.a');
    const b = host.currentDevice();
    expect(sent.map((m) => parseRequest(m)?.request.method)).toEqual(['store.get', 'currentDevice']);
    reply(sent[1]!.id, null);
    reply(sent[0]!.id, { n: 1 });
    await expect(a).resolves.toEqual({ n: 1 });
    await expect(b).resolves.toBeNull();
  });

  it('maps a missing key (null on the wire) back to undefined, as KeyValueStore promises', async () => {
    const { host, sent, reply } = harness();
    const missing = host.store.get('rrc.none');
    reply(sent[0]!.id, null);
    await expect(missing).resolves.toBeUndefined();
  });

  it('sends bytes as base64 and links as they are', async () => {
    const { host, sent, reply } = harness();
    const done = host.download!('x.xml', new Uint8Array([0, 255, 60]), 'application/xml');
    void host.openUrl!('mailto:a@b.example');
    expect(sent.map((m) => m.request)).toEqual([
      { method: 'download', fileName: 'x.xml', base64: 'AP88', mime: 'application/xml' },
      { method: 'openUrl', url: 'mailto:a@b.example' },
    ]);
    expect(sent.every((m) => parseRequest(m) !== null)).toBe(true);
    reply(sent[0]!.id, null);
    await expect(done).resolves.toBeUndefined();
  });

  it('rejects with the host’s error, and ignores strangers’ messages', async () => {
    const { host, sent, deliver } = harness();
    const call = host.store.set('rrc.a', 1);
    deliver({ kind: 'response', id: 999, ok: true, value: 'not for us' });
    deliver('junk');
    deliver({
      kind: 'response',
      id: sent[0]!.id,
      ok: false,
      error: 'The guide may only use keys starting with "rrc.".',
    });
    await expect(call).rejects.toThrow(/only use keys/);
  });

  it('calls device listeners on device-changed, until unsubscribed', () => {
    const { host, deliver } = harness();
    const listener = vi.fn();
    const stop = host.onDeviceChange(listener);
    deliver({ kind: 'event', event: 'device-changed' });
    stop();
    deliver({ kind: 'event', event: 'device-changed' });
    expect(listener).toHaveBeenCalledOnce();
  });
});
