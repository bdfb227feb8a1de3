/**
 * One ordered log of every request to every origin (hub included). Entries are appended
 * when the request arrives, so the order is arrival order even when bodies finish reading
 * out of order; the body is filled in once read.
 */
import type { IncomingMessage } from 'node:http';

export interface LoggedRequest {
  at: number;
  origin: string;
  deviceId: string | null;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

export class RequestLog {
  /** Kept as the same array forever (clear() empties it) so callers may hold a reference. */
  readonly entries: LoggedRequest[] = [];

  constructor(private readonly onComplete?: (entry: LoggedRequest) => void) {}

  begin(origin: string, deviceId: string | null, req: IncomingMessage): LoggedRequest {
    const entry: LoggedRequest = {
      at: Date.now(),
      origin,
      deviceId,
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      headers: flatHeaders(req),
      body: '',
    };
    this.entries.push(entry);
    return entry;
  }

  /** Called once the body is known; the CLI prints from here. */
  complete(entry: LoggedRequest, body: string): void {
    entry.body = body;
    this.onComplete?.(entry);
  }

  clear(): void {
    this.entries.length = 0;
  }
}
