/**
 * The Node HttpClient: deadline, bounded body, self-signed TLS only for allowed hosts, and
 * private addresses reached directly even when something (VS Code's proxy support) has
 * patched http.request / https.request.
 */
import http, { createServer, type Server } from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpClient } from '../../../node/http-client';
import { describeNetworkError } from '../../../shared/probe/network-error';
import { SELF_SIGNED_CERT, SELF_SIGNED_KEY } from './fixtures/self-signed';

let plain: Server;
let secure: https.Server;
let plainOrigin = '';
let secureOrigin = '';

function listen(server: Server | https.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve(String((server.address() as AddressInfo).port))),
  );
}

beforeAll(async () => {
  plain = createServer((req, res) => {
    if (req.url === '/slow') return; // never answers
    if (req.url === '/big') {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('x'.repeat(300_000));
      return;
    }
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.writeHead(
        200,
        [
          ['X-Echo-Method', req.method ?? ''],
          ['CONTENT-TYPE', 'application/json'],
        ].flat(),
      );
      res.end(JSON.stringify({ body, length: req.headers['content-length'] ?? null }));
    });
  });
  secure = https.createServer({ key: SELF_SIGNED_KEY, cert: SELF_SIGNED_CERT }, (_req, res) =>
    res.end('secure hello'),
  );
  plainOrigin = `http://127.0.0.1:${await listen(plain)}`;
  secureOrigin = `https://127.0.0.1:${await listen(secure)}`;
});
afterAll(async () => {
  plain.closeAllConnections();
  secure.closeAllConnections();
  await Promise.all([plain, secure].map((s) => new Promise((r) => s.close(r))));
});

describe('createNodeHttpClient', () => {
  it('posts a body and returns status, lower-cased headers and text', async () => {
    const res = await createNodeHttpClient().request({
      url: `${plainOrigin}/echo`,
      method: 'POST',
      body: '{"a":"é"}',
    });
    expect(res.status).toBe(200);
    expect(res.headers['x-echo-method']).toBe('POST');
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(res.text)).toEqual({ body: '{"a":"é"}', length: '10' });
  });

  it('gives up at the deadline with ETIMEDOUT', async () => {
    const start = Date.now();
    const error = await createNodeHttpClient()
      .request({ url: `${plainOrigin}/slow`, method: 'GET', timeoutMs: 300 })
      .catch((e: unknown) => e);
    expect(Date.now() - start).toBeLessThan(3000);
    expect(describeNetworkError(error, 'x').kind).toBe('timeout');
  });

  it('keeps at most maxResponseBytes of a body', async () => {
    const res = await createNodeHttpClient({ maxResponseBytes: 4096 }).request({
      url: `${plainOrigin}/big`,
      method: 'GET',
    });
    expect(res.text.length).toBe(4096);
  });

  it('refuses a self-signed certificate unless allowed for that very host', async () => {
    const strict = await createNodeHttpClient()
      .request({ url: secureOrigin, method: 'GET' })
      .catch((e: unknown) => e);
    expect(describeNetworkError(strict, 'x').kind).toBe('tls-untrusted');

    const otherHost = await createNodeHttpClient({ allowSelfSigned: (h) => h === '192.168.1.108' })
      .request({ url: secureOrigin, method: 'GET' })
      .catch((e: unknown) => e);
    expect(describeNetworkError(otherHost, 'x').kind).toBe('tls-untrusted');

    const allowed = await createNodeHttpClient({ allowSelfSigned: (h) => h === '127.0.0.1' }).request({
      url: secureOrigin,
      method: 'GET',
    });
    expect(allowed.text).toBe('secure hello');
  });

  describe('with http.request patched the way VS Code patches it for proxies', () => {
    const original = { http: http.request, https: https.request };
    const patchedCalls: string[] = [];
    afterEach(() => {
      http.request = original.http;
      https.request = original.https;
      syncBuiltinESMExports();
    });
    const patch = () => {
      const fake = ((options: { hostname?: string }) => {
        patchedCalls.push(String(options.hostname));
        throw Object.assign(new Error('would go through the proxy'), { code: 'EPROXY' });
      }) as unknown as typeof http.request;
      http.request = fake;
      https.request = fake;
      syncBuiltinESMExports();
    };

    it('reaches a private address directly', async () => {
      patch();
      const res = await createNodeHttpClient().request({ url: `${plainOrigin}/echo`, method: 'GET' });
      expect(res.status).toBe(200);
      expect(patchedCalls).toEqual([]);
    });

    it('leaves public addresses to the host proxy handling', async () => {
      patch();
      const error = await createNodeHttpClient()
        .request({ url: 'http://recorder.example.com/', method: 'GET' })
        .catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe('EPROXY');
      expect(patchedCalls).toEqual(['recorder.example.com']);
    });
  });
});
