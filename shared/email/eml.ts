/**
 * An .eml draft with the XML attached, for desktop mail clients (Outlook, Thunderbird, Apple
 * Mail) when no webmail driver can attach the file. Built with mimetext's platform-free
 * `mimetext/browser` entry (its default entry imports node:os).
 *
 * `X-Unsent: 1` asks Outlook to open the file as an editable, sendable draft instead of a
 * received message. That is widely reported to work with current desktop Outlook, but Microsoft
 * documents the header only for older clients (Outlook Express / CDO): verify on a real
 * Outlook before promising it in the UI.
 */
import { createMimeMessage } from 'mimetext/browser';
import type { HeaderField } from 'mimetext/browser';
import { isValidEmail } from './address';
import {
  base64,
  encodeHeaderValue,
  extendedParameter,
  isPrintableAscii,
  quotedPrintable,
  wrapLines,
} from './mime-encode';
import { normaliseNewlines, safeFileName, singleLine } from './text';

export interface EmlAttachment {
  name: string;
  bytes: Uint8Array;
  /** Defaults to application/xml. */
  mime?: string;
}

export interface EmlInput {
  /** '' leaves the draft without a recipient. */
  to: string;
  subject: string;
  body: string;
  attachment: EmlAttachment;
  /** Omitted: no From header, the mail client fills in the sender's account. */
  from?: string;
  /** Date header (ms since epoch); defaults to now. */
  date?: number;
}

const EOL = '\r\n';

function field(headers: { fields: HeaderField[] }, name: string): HeaderField | undefined {
  return headers.fields.find((f) => f.name.toLowerCase() === name.toLowerCase());
}

/** RFC 5322 date in UTC, the form mimetext itself generates. */
function rfc5322Date(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT|UTC/i, '+0000');
}

function checkAddress(label: string, address: string): string {
  const clean = address.trim();
  if (!isValidEmail(clean))
    throw new RangeError(`${label} address "${singleLine(clean)}" is not a valid e-mail address`);
  return clean;
}

/** The raw .eml text (CRLF line ends), ready to save as a file. */
export function buildEml(input: EmlInput): string {
  const msg = createMimeMessage();
  const headers = msg.headers;

  if (input.from) msg.setSender({ addr: checkAddress('From', input.from) });
  else {
    // mimetext requires From and derives Message-ID from it; a draft needs neither (the client
    // sets both when sending), so both are switched off rather than invented.
    for (const name of ['From', 'Message-ID']) {
      const f = field(headers, name);
      if (f) f.disabled = true;
    }
  }
  if (input.to.trim() !== '') msg.setRecipient({ addr: checkAddress('To', input.to) });

  const subject = singleLine(input.subject);
  msg.setSubject(subject);
  // mimetext writes every subject as one base64 word, however long; RFC 2047 caps a word at 75
  // characters, and plain ASCII reads better unencoded.
  const subjectField = field(headers, 'Subject');
  if (subjectField) subjectField.dump = () => encodeHeaderValue(subject, EOL);
  if (input.date !== undefined) msg.setHeader('Date', rfc5322Date(input.date));
  msg.setHeader('X-Unsent', '1');

  const body = normaliseNewlines(input.body).replace(/\n/g, EOL);
  const plain = body.split(EOL).every((line) => isPrintableAscii(line) && line.length <= 998);
  msg.addMessage({
    contentType: 'text/plain',
    charset: 'UTF-8',
    encoding: plain ? '7bit' : 'quoted-printable',
    data: plain ? body : quotedPrintable(body, EOL),
  });

  const name = safeFileName(input.attachment.name, 'export.xml');
  const asciiName = isPrintableAscii(name) ? name : name.replace(/[^\x20-\x7e]/g, '_');
  const part = msg.addAttachment({
    filename: asciiName,
    contentType: input.attachment.mime ?? 'application/xml',
    encoding: 'base64',
    data: wrapLines(base64(input.attachment.bytes), 76, EOL),
  });
  if (asciiName !== name) {
    // RFC 2231 name for clients that read it, the ASCII one for those that do not.
    part.setHeader(
      'Content-Disposition',
      `attachment; filename="${asciiName}"; filename*=${extendedParameter(name)}`,
    );
  }
  return msg.asRaw();
}
