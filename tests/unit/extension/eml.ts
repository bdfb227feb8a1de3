/**
 * Reads an .eml back for the tests: headers (unfolded, RFC 2047 words decoded), the text
 * part and the attachment bytes of a multipart/mixed message. Only what buildEml writes; a
 * test helper, not a MIME library.
 */
export interface ParsedEml {
  headers: Record<string, string>;
  text: string;
  attachments: { name: string; contentType: string; bytes: Uint8Array }[];
}

function split(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, at).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  return { headers, body: raw.slice(at + 4) };
}

function decodeWords(value: string): string {
  return value.replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, data: string) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data
            .replace(/_/g, ' ')
            .replace(/=([0-9A-F]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
}

function decodeBody(body: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '7bit').toLowerCase()) {
    case 'base64':
      return Buffer.from(body.replace(/\s+/g, ''), 'base64');
    case 'quoted-printable': {
      const soft = body.replace(/=\r\n/g, '');
      const bytes: number[] = [];
      for (let i = 0; i < soft.length; i++) {
        if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
          bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
          i += 2;
        } else bytes.push(soft.charCodeAt(i));
      }
      return Buffer.from(bytes);
    }
    default:
      return Buffer.from(body, 'utf8');
  }
}

export function parseEml(raw: string): ParsedEml {
  const { headers, body } = split(raw);
  const boundary = /boundary="?([^";]+)"?/.exec(headers['content-type'] ?? '')?.[1];
  if (!boundary) throw new Error('not multipart');
  const parts = body.split(`--${boundary}`).slice(1, -1);
  let text = '';
  const attachments: ParsedEml['attachments'] = [];
  for (const part of parts) {
    const { headers: h, body: content } = split(part.replace(/^\r\n/, ''));
    const bytes = decodeBody(content.replace(/\r\n$/, ''), h['content-transfer-encoding']);
    const disposition = h['content-disposition'] ?? '';
    if (disposition.startsWith('attachment')) {
      attachments.push({
        name: /filename="([^"]+)"/.exec(disposition)?.[1] ?? '',
        contentType: h['content-type'] ?? '',
        bytes,
      });
    } else text = bytes.toString('utf8');
  }
  return { headers, text, attachments };
}
