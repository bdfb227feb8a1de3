/**
 * The Node HttpClient (CLI and VS Code extension host): node:http / node:https with an
 * overall deadline, a bounded body, and two host-specific rules.
 *
 * - Private, link-local and loopback hosts are reached directly, never through a proxy. The
 *   VS Code extension host patches `http.request` / `https.request` (@vscode/proxy-agent) and,
 *   with the default `http.proxySupport: "override"`, swaps any agent we pass for its proxy
 *   agent; only `localhost` / `127.0.0.1` are exempt, so a recorder at 192.168.1.108 would be
 *   sent to the corporate proxy, which cannot reach the site LAN. Constructing
 *   `http.ClientRequest` ourselves (exactly what `http.request` does) with our own agent
 *   skips that patch. Public hosts keep `http.request`, so VS Code's proxy settings still
 *   apply to them. In a plain CLI process both paths are direct.
 * - A certificate that does not verify (recorders ship self-signed ones) is accepted only for
 *   hosts the caller allows, per request; never NODE_TLS_REJECT_UNAUTHORIZED.
 */
import {
  Agent as HttpAgent,
  ClientRequest,
  request as httpRequest,
  type IncomingMessage,
  type RequestOptions,
} from 'node:http';
import {
  Agent as HttpsAgent,
  request as httpsRequest,
  type RequestOptions as HttpsRequestOptions,
} from 'node:https';
import type { HttpClient, HttpRequest, HttpResponse } from '../shared/platform/services';
import { isPrivateHost } from '../shared/probe/private-host';

export interface NodeHttpClientOptions {
  /** True for hosts (lower-case, no brackets) whose unverified TLS certificate is accepted. */
  allowSelfSigned?: (host: string) => boolean;
  /** Bytes of a response body kept; the rest is not read. Default 1 MiB. */
  maxResponseBytes?: number;
  /** When a request names no timeout. Default 10 s. */
  defaultTimeoutMs?: number;
}

const DEFAULT_MAX_BYTES = 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;

/** An error with Node's `code`, so shared/probe/network-error.ts can explain it. */
class HttpClientError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'HttpClientError';
  }
}

export function createNodeHttpClient(options: NodeHttpClientOptions = {}): HttpClient {
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_BYTES;
  return {
    request: (req) => send(req, options, maxBytes),
  };
}

function send(req: HttpRequest, options: NodeHttpClientOptions, maxBytes: number): Promise<HttpResponse> {
  let url: URL;
  try {
    url = new URL(req.url);
  } catch {
    return Promise.reject(new HttpClientError(`Not a URL: ${req.url}`, 'ERR_INVALID_URL'));
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(
      new HttpClientError(`Only http and https are supported, not ${url.protocol}`, 'ERR_INVALID_PROTOCOL'),
    );
  }
  const secure = url.protocol === 'https:';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  const trustAnyCert = secure && (options.allowSelfSigned?.(host) ?? false);
  const body = req.body === undefined ? undefined : Buffer.from(req.body, 'utf8');
  const headers: Record<string, string> = { Connection: 'close', ...req.headers };
  if (body) headers['Content-Length'] = String(body.length);

  const tls: Pick<HttpsRequestOptions, 'rejectUnauthorized' | 'checkServerIdentity'> = trustAnyCert
    ? // Self-signed device certificates are also issued for a name that is not the IP we use.
      { rejectUnauthorized: false, checkServerIdentity: () => undefined }
    : { rejectUnauthorized: true };
  // One agent per request, no keep-alive: the device closes every connection anyway, and an
  // agent's TLS settings must never leak to another host.
  const agent = secure ? new HttpsAgent({ keepAlive: false, ...tls }) : new HttpAgent({ keepAlive: false });
  const requestOptions: RequestOptions & HttpsRequestOptions = {
    protocol: url.protocol,
    hostname: host,
    port: url.port === '' ? undefined : Number(url.port),
    path: `${url.pathname}${url.search}`,
    method: req.method,
    headers,
    agent,
    ...(secure ? tls : {}),
  };
  const timeoutMs = req.timeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;

  return new Promise<HttpResponse>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const onResponse = (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const done = () => finish(() => resolve(toResponse(res, Buffer.concat(chunks))));
      res.on('data', (chunk: Buffer) => {
        const room = maxBytes - size;
        if (room <= 0) return;
        chunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
        size += Math.min(chunk.length, room);
        // Enough read: stop downloading, keep what we have (a login page's markers are near the top).
        if (size >= maxBytes) {
          done();
          res.destroy();
        }
      });
      res.on('end', done);
      res.on('error', (error) => finish(() => reject(error)));
      // A device that closes mid-body still told us something.
      res.on('close', done);
    };
    const request = isPrivateHost(host)
      ? new ClientRequest(requestOptions, onResponse)
      : (secure ? httpsRequest : httpRequest)(requestOptions, onResponse);
    const timer = setTimeout(() => {
      request.destroy(new HttpClientError(`No answer within ${timeoutMs} ms`, 'ETIMEDOUT'));
    }, timeoutMs);
    request.on('error', (error) => finish(() => reject(error)));
    if (body) request.write(body);
    request.end();
  });
}

function toResponse(res: IncomingMessage, body: Buffer): HttpResponse {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return { status: res.statusCode ?? 0, headers, text: new TextDecoder('utf-8').decode(body) };
}
