/**
 * Writes a response the way Dahua's embedded httpd does (reference §1.3, fixture 01):
 * no `Server` header, upper-case CONTENT-TYPE / CONTENT-LENGTH / CONNECTION, `CONNECTION: close`,
 * P3P and X-Frame-Options, and an Etag of the form "<unix-epoch>:<n>".
 *
 * A flat raw-header array is written verbatim: exact case and the capture's header order.
 * CONTENT-LENGTH is always set so Node never switches to chunked encoding, and Node adds no
 * Date of its own because one is present.
 */
import type { ServerResponse } from 'node:http';
import { hashUint32 } from '../derive';

export interface DahuaReply {
  status: number;
  contentType: string;
  body: string | Buffer;
  /** Unix seconds for Last-Modified and the Etag's epoch. */
  modified: number;
  /** Seeds the Etag's second number, so each resource keeps a stable Etag. */
  etagKey: string;
  extraHeaders?: readonly (readonly [string, string])[];
}

export function dahuaHeaders(reply: DahuaReply, length: number, now: Date = new Date()): string[] {
  const n = 1000 + (hashUint32('etag', reply.etagKey) % 9000);
  const headers = [
    'CONNECTION',
    'close',
    'Date',
    now.toUTCString(),
    'Last-Modified',
    new Date(reply.modified * 1000).toUTCString(),
    'Etag',
    `"${reply.modified}:${n}"`,
    'CONTENT-LENGTH',
    String(length),
    'P3P',
    'CP=CAO PSA OUR',
    'X-Frame-Options',
    'SAMEORIGIN',
    'CONTENT-TYPE',
    reply.contentType,
  ];
  for (const [name, value] of reply.extraHeaders ?? []) headers.push(name, value);
  return headers;
}

export function sendDahua(res: ServerResponse, reply: DahuaReply): void {
  const body = typeof reply.body === 'string' ? Buffer.from(reply.body, 'utf8') : reply.body;
  res.writeHead(reply.status, dahuaHeaders(reply, body.length));
  // For HEAD, Node drops the body by itself but keeps CONTENT-LENGTH, as the device does.
  res.end(body);
}

/** Dahua's CGIs answer errors with this plain-text shape ("Error\r\nBad Request!\r\n"). */
export function dahuaErrorBody(message: string): string {
  return `Error\r\n${message}\r\n`;
}
