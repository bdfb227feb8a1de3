/** Request handler of the hub origin (index, device list, negative fixtures). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { faviconIco } from '../assets/images';
import { MAX_QR_TEXT, qrPng } from '../qr-image';
import { renderHubPage, type HubDevice } from '../pages/hub';
import { listNegativePages, lookupNegativeFile } from './negative-files';
import { readBody } from './read-body';
import type { RequestLog } from './request-log';

export interface HubHost {
  origin(): string;
  devices(): readonly HubDevice[];
  negativeDir: string;
}

function send(res: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    'Content-Type': contentType,
    'Content-Length': String(buf.length),
    'Cache-Control': 'no-store',
  });
  res.end(buf);
}

const TEXT = 'text/plain; charset=utf-8';
const HUB_ICON = faviconIco([90, 90, 90]);

export function createHubHandler(host: HubHost, log: RequestLog) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const entry = log.begin(host.origin(), null, req);
    try {
      const body = await readBody(req);
      log.complete(entry, body.text);
      if (body.tooLarge) return send(res, 413, TEXT, 'Request body too large\n');
      const method = (req.method ?? 'GET').toUpperCase();
      if (method !== 'GET' && method !== 'HEAD') return send(res, 405, TEXT, 'Method not allowed\n');
      // The raw path, not new URL(): URL parsing would silently resolve "../" segments.
      const rawUrl = req.url ?? '/';
      const q = rawUrl.indexOf('?');
      const rawPath = q >= 0 ? rawUrl.slice(0, q) : rawUrl;
      const query = new URLSearchParams(q >= 0 ? rawUrl.slice(q + 1) : '');

      if (rawPath === '/' || rawPath === '/index.html') {
        return send(
          res,
          200,
          'text/html; charset=utf-8',
          renderHubPage(host.devices(), await listNegativePages(host.negativeDir)),
        );
      }
      if (rawPath === '/favicon.ico') return send(res, 200, 'image/x-icon', HUB_ICON);
      if (rawPath === '/__sim/devices.json') {
        const list = host.devices().map(({ device, origin }) => ({ ...device, origin }));
        return send(res, 200, 'application/json', JSON.stringify(list, null, 2));
      }
      if (rawPath === '/__sim/qr.png') {
        const text = query.get('d') ?? '';
        if (text === '' || text.length > MAX_QR_TEXT) return send(res, 400, TEXT, 'Bad request\n');
        return send(res, 200, 'image/png', await qrPng(text));
      }
      if (rawPath.startsWith('/negative/')) {
        const found = await lookupNegativeFile(host.negativeDir, rawPath.slice('/negative/'.length));
        if (found.status === 200) return send(res, 200, found.contentType, found.body);
        return send(res, found.status, TEXT, found.status === 400 ? 'Bad request\n' : 'Not found\n');
      }
      return send(res, 404, TEXT, 'Not found\n');
    } catch {
      if (!res.headersSent && !res.destroyed) send(res, 500, TEXT, 'Internal error\n');
    }
  };
}
