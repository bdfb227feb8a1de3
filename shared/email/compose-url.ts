/**
 * Compose links that open a filled-in message: Gmail, Outlook on the web, mailto:. None can
 * carry an attachment. Links are kept under ~2000 characters (Outlook's redirect fails above
 * ~2 KB with AADSTS90015; older browsers and mail handlers cut mailto: there): a longer body is
 * cut at a line boundary and ends with a line saying the full text is on the clipboard, which
 * the caller must then actually put there.
 */
import { normaliseNewlines, singleLine, wellFormed } from './text';
import type { OutlookHost } from './webmail';

export interface ComposeFields {
  to: string;
  subject: string;
  body: string;
}

export interface ComposeUrl {
  url: string;
  /** True when the body (or, in extreme cases, the subject) was shortened to fit. */
  truncated: boolean;
}

export interface ComposeUrlOptions {
  /** Maximum URL length in characters. */
  maxLength?: number;
  /** The line that replaces what did not fit. */
  truncationNote?: string;
}

export const COMPOSE_URL_MAX_LENGTH = 2000;

export const TRUNCATION_NOTE =
  '[Shortened to fit the compose link. The full message is on your clipboard: select this text and paste (Ctrl+V) to replace it.]';

/**
 * Percent-encoding for a query value: UTF-8, `%20` for spaces (never `+`: Outlook's sign-in
 * redirect re-encodes and `+` would then reach the message as a literal plus), and `&`, `#`,
 * `=`, `?` escaped so a value cannot end its parameter.
 */
export function encodeComponent(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

type Build = (to: string, subject: string, body: string) => string;

/** The longest prefix of `text` whose encoding fits `budget`, cut after a space when possible. */
function cutToFit(text: string, budget: number): string {
  if (budget <= 0) return '';
  let used = 0;
  let end = 0;
  for (const char of text) {
    const cost = encodeComponent(char).length;
    if (used + cost > budget) break;
    used += cost;
    end += char.length;
  }
  const head = text.slice(0, end);
  const space = head.lastIndexOf(' ');
  return space > head.length / 2 ? head.slice(0, space) : head;
}

function fit(fields: ComposeFields, eol: string, build: Build, options: ComposeUrlOptions): ComposeUrl {
  const max = options.maxLength ?? COMPOSE_URL_MAX_LENGTH;
  const note = options.truncationNote ?? TRUNCATION_NOTE;
  const to = singleLine(fields.to);
  let subject = singleLine(fields.subject);
  const lines = normaliseNewlines(fields.body).split('\n');
  const full = build(to, subject, lines.join(eol));
  if (full.length <= max) return { url: full, truncated: false };

  // Percent-encoding is per character, so encoded lengths add up: count instead of rebuilding.
  const separator = encodeComponent(eol).length;
  const tail = encodeComponent(`${eol}${eol}${note}`).length;
  let budget = max - build(to, subject, '').length - tail;
  if (budget < 0) {
    // Even an empty body does not fit: the subject itself is too long. Keep what fits of it.
    const room = max - build(to, '', note).length;
    subject = cutToFit(subject, room);
    return { url: build(to, subject, note), truncated: true };
  }
  const kept: string[] = [];
  for (const line of lines) {
    const cost = encodeComponent(line).length + (kept.length > 0 ? separator : 0);
    if (cost > budget) break;
    kept.push(line);
    budget -= cost;
  }
  if (kept.length === 0) kept.push(cutToFit(lines[0] ?? '', budget));
  while (kept.length > 0 && kept[kept.length - 1]!.trim() === '') kept.pop();
  const body = kept.length > 0 ? `${kept.join(eol)}${eol}${eol}${note}` : note;
  return { url: build(to, subject, body), truncated: true };
}

/** `https://mail.google.com/mail/?view=cm&fs=1&to=…&su=…&body=…` (unofficial but long-stable). */
export function gmailComposeUrl(fields: ComposeFields, options: ComposeUrlOptions = {}): ComposeUrl {
  return fit(
    fields,
    '\n',
    (to, su, body) =>
      `https://mail.google.com/mail/?view=cm&fs=1&to=${encodeComponent(to)}&su=${encodeComponent(su)}&body=${encodeComponent(body)}`,
    options,
  );
}

/** Outlook's compose deeplink; personal accounts (outlook.live.com) use the `/mail/0/` form. */
export function outlookComposeUrl(
  fields: ComposeFields,
  host: OutlookHost,
  options: ComposeUrlOptions = {},
): ComposeUrl {
  const path = host === 'outlook.live.com' ? '/mail/0/deeplink/compose' : '/mail/deeplink/compose';
  return fit(
    fields,
    '\n',
    (to, subject, body) =>
      `https://${host}${path}?to=${encodeComponent(to)}&subject=${encodeComponent(subject)}&body=${encodeComponent(body)}`,
    options,
  );
}

/**
 * RFC 6068: the address in the path with `@` left as is (some handlers do not decode `%40`),
 * line breaks in the body as `%0D%0A`.
 */
export function mailtoUrl(fields: ComposeFields, options: ComposeUrlOptions = {}): ComposeUrl {
  return fit(
    fields,
    '\r\n',
    (to, subject, body) =>
      `mailto:${encodeComponent(to).replace(/%40/g, '@')}?subject=${encodeComponent(subject)}&body=${encodeComponent(body)}`,
    options,
  );
}
