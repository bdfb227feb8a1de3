import type { IncomingMessage } from 'node:http';

/** Request bodies above this are answered 413; the real RPC bodies are a few hundred bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

export interface ReadBody {
  /** UTF-8 text of the first MAX_BODY_BYTES bytes. */
  text: string;
  tooLarge: boolean;
}

/**
 * Reads the whole body but keeps only the first `cap` bytes. Draining the rest (instead of
 * destroying the socket) lets the client read the 413 instead of seeing a reset.
 */
export function readBody(req: IncomingMessage, cap = MAX_BODY_BYTES): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let kept = 0;
    let total = 0;
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (kept < cap) {
        const part = chunk.subarray(0, cap - kept);
        chunks.push(part);
        kept += part.length;
      }
    });
    req.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), tooLarge: total > cap }));
    req.on('error', reject);
  });
}
