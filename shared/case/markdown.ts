/**
 * Escaping for the ticket Markdown. Serials, notes and addresses are typed by people or read by
 * OCR, so any of them can hold a pipe, a newline or Markdown syntax that would break a table or
 * forge a checkbox in the ticket.
 */

/** ASCII punctuation CommonMark gives a meaning to in running text, escaped with a backslash. */
const INLINE_SPECIAL = /[\\`*_[\]<>|~#&!]/g;

/** One line of running text: special characters escaped, line breaks folded to spaces. */
export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(/\r\n|\r|\n/g, ' ');
}

/** A table cell: like inline text, but line breaks become `<br>` so multi-line values stay in one row. */
export function escapeCell(text: string): string {
  const cell = text
    .replace(INLINE_SPECIAL, '\\$&')
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
  // An empty cell is legal but reads as a rendering glitch in most trackers.
  return cell === '' ? '—' : cell;
}

/** Verbatim text in a fenced block whose fence is longer than any backtick run inside it. */
export function fenced(text: string, info = 'text'): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}

export function isoTime(at: number): string {
  return new Date(at).toISOString();
}
