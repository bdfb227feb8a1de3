/**
 * Raw HTTP client for the simulator tests: node:http instead of fetch, because the tests
 * need rawHeaders (exact case and order) and un-normalised paths such as "/negative/../x".
 */
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  /** Flat [name, value, name, value, …] exactly as received. */
  rawHeaders: string[];
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
}

export function rawRequest(
  origin: string,
  path: string,
  opts: { method?: string; body?: string | Buffer; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            rawHeaders: res.rawHeaders,
            headers: res.headers,
            body,
            text: body.toString('utf8'),
          });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

export function get(origin: string, path = '/'): Promise<RawResponse> {
  return rawRequest(origin, path);
}

/** POSTs a JSON-RPC call the way the device's own page does and parses the answer. */
export async function rpc(origin: string, path: string, call: unknown): Promise<Record<string, any>> {
  const res = await rawRequest(origin, path, {
    method: 'POST',
    body: typeof call === 'string' ? call : JSON.stringify(call),
    headers: { 'Content-Type': 'application/json' },
  });
  return JSON.parse(res.text) as Record<string, any>;
}

export const FIRST_LOGIN = (clientType = 'Web3.0') => ({
  method: 'global.login',
  params: { userName: 'admin', password: '', clientType, loginType: 'Direct' },
  id: 1,
});

export function headerNames(raw: string[]): string[] {
  return raw.filter((_, i) => i % 2 === 0);
}

export function rawHeader(raw: string[], name: string): string | undefined {
  const i = raw.findIndex((v, idx) => idx % 2 === 0 && v === name);
  return i >= 0 ? raw[i + 1] : undefined;
}
