/**
 * Request handler of one simulated recorder origin. Everything answered here goes through
 * sendDahua(), so every response carries the embedded httpd's header quirks.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SimDevice } from '../devices';
import { buildEpoch, hashHex, loginRealm } from '../derive';
import { localGuiOptionsFrom, renderLocalGuiPage } from '../pages/local-gui';
import { renderDevicePage, type PageState } from '../pages/index';
import { buildResetPayload } from '../qr-payload';
import { MAX_QR_TEXT, qrPng } from '../qr-image';
import { staticAsset } from '../assets/static-assets';
import type { DeviceState } from '../rpc/device-state';
import { RPC_ERROR, parseRpcCall, rpcError } from '../rpc/json-rpc';
import { handleRpc2Login } from '../rpc/login';
import { handleOutsideCmd } from '../rpc/outside-cmd';
import { dahuaErrorBody, sendDahua, type DahuaReply } from './dahua-response';
import { readBody } from './read-body';
import type { RequestLog } from './request-log';

export type DescriptSource = 'rpc' | 'forgot-page' | 'local-gui';

export interface DeviceHost {
  device: SimDevice;
  state: DeviceState;
  /** Known only once the server listens. */
  origin(): string;
  /** Records a reset blob the device handed out. */
  issued(counter: number | string, payload: string, via: DescriptSource): void;
}

const HTML = 'text/html';
const JSON_TYPE = 'application/json; charset=utf-8';
const TEXT = 'text/plain';

type Reply = Omit<DahuaReply, 'modified' | 'etagKey'> & { modified?: number };

function html(body: string): Reply {
  return { status: 200, contentType: HTML, body };
}

function json(body: string): Reply {
  // RPC answers are fresh each time: their "modified" time is now.
  return { status: 200, contentType: JSON_TYPE, body, modified: Math.floor(Date.now() / 1000) };
}

function error(status: number, message: string): Reply {
  return { status, contentType: TEXT, body: dahuaErrorBody(message) };
}

function digestChallenge(host: DeviceHost): Reply {
  const n = ++host.state.digestNonces;
  const nonce = hashHex('md5', 'nonce', host.device.id, n);
  const opaque = hashHex('sha1', 'digest-opaque', host.device.id);
  return {
    ...error(401, 'Invalid Authority!'),
    extraHeaders: [
      [
        'WWW-Authenticate',
        `Digest realm="${loginRealm(host.device)}", qop="auth", nonce="${nonce}", opaque="${opaque}"`,
      ],
    ],
  };
}

function pageFor(host: DeviceHost, state: PageState): Reply {
  const { device } = host;
  if (state !== 'forgot') return html(renderDevicePage(device, state));
  // The forgot screen shows a freshly generated blob, as the device does on every open.
  const counter = ++host.state.descripts;
  const payload = buildResetPayload(device, counter);
  host.issued(counter, payload, 'forgot-page');
  return html(renderDevicePage(device, 'forgot', { payload }));
}

async function answerGet(host: DeviceHost, path: string, query: URLSearchParams): Promise<Reply> {
  const { device } = host;
  if (path === '/' || path === '/index.html') return pageFor(host, device.initialized ? 'login' : 'init');
  if (path.startsWith('/cgi-bin/')) return digestChallenge(host);
  switch (path) {
    case '/__sim/login':
      return pageFor(host, 'login');
    case '/__sim/forgot':
      return pageFor(host, 'forgot');
    case '/__sim/init':
      return pageFor(host, 'init');
    case '/__sim/qr.png': {
      const text = query.get('d') ?? '';
      if (text === '' || text.length > MAX_QR_TEXT) return error(400, 'Bad Request!');
      return { status: 200, contentType: 'image/png', body: await qrPng(text) };
    }
    case '/__sim/local-gui': {
      // A fixed blob (not the counter) keeps screenshots of the forgot screen reproducible.
      const payload = buildResetPayload(device, 'local-gui');
      const options = localGuiOptionsFrom(query, payload);
      if (options.screen === 'forgot') host.issued('local-gui', payload, 'local-gui');
      return html(renderLocalGuiPage(device, options));
    }
  }
  // Pages rendered under /__sim/ (forgot, init) use the UIs' relative asset URLs, which
  // the browser resolves to /__sim/<asset>.
  const asset =
    staticAsset(device, path) ??
    (path.startsWith('/__sim/') ? staticAsset(device, path.slice('/__sim'.length)) : null);
  if (asset) return { status: 200, contentType: asset.contentType, body: asset.body };
  return error(404, 'Not Found!');
}

function answerPost(host: DeviceHost, path: string, body: string): Reply {
  const { device, state } = host;
  if (path.startsWith('/cgi-bin/')) return digestChallenge(host);
  switch (path) {
    case '/RPC2_Login':
      return json(handleRpc2Login(device, state, body));
    case '/OutsideCmd': {
      const result = handleOutsideCmd(device, state, body);
      if (result.issuedPayload)
        host.issued(result.issuedPayload.counter, result.issuedPayload.payload, 'rpc');
      return json(result.body);
    }
    case '/RPC2': {
      // No session can be valid: the simulator never completes a login.
      const call = parseRpcCall(body);
      return json(
        rpcError(RPC_ERROR.invalidSession, 'Invalid session in request data!', call?.id ?? null, {
          session: call?.session ?? 0,
        }),
      );
    }
  }
  return error(404, 'Not Found!');
}

export function createDeviceHandler(host: DeviceHost, log: RequestLog) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const entry = log.begin(host.origin(), host.device.id, req);
    const modified = buildEpoch(host.device);
    let reply: Reply;
    try {
      const body = await readBody(req);
      log.complete(entry, body.text);
      const url = new URL(req.url ?? '/', 'http://device.invalid');
      const method = (req.method ?? 'GET').toUpperCase();
      if (body.tooLarge) reply = error(413, 'Request Entity Too Large!');
      // OPTIONS is answered exactly like GET (fixture 01).
      else if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS')
        reply = await answerGet(host, url.pathname, url.searchParams);
      else if (method === 'POST') reply = answerPost(host, url.pathname, body.text);
      else reply = error(405, 'Method Not Allowed!');
    } catch {
      reply = error(500, 'Internal Server Error!');
    }
    if (res.headersSent || res.destroyed) return;
    sendDahua(res, {
      ...reply,
      modified: reply.modified ?? modified,
      etagKey: `${host.device.id}${req.url ?? '/'}`,
    });
  };
}
