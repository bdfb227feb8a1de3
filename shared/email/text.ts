/** Text hygiene shared by templates, compose URLs and the .eml builder. */

/** Lone surrogates make encodeURIComponent throw and are invalid UTF-8: replace them. */
export function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * One line of plain text: line breaks (CR, LF, NEL, LS, PS) and tabs become spaces, other
 * control characters go. This is what stops a value from starting a new header line.
 */
export function singleLine(value: string): string {
  return (
    wellFormed(value)
      .replace(/[\r\n\t\u0085\u2028\u2029]+/g, ' ')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u001f\u007f]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

/** LF line ends, no other control characters except tab. */
export function normaliseNewlines(value: string): string {
  return (
    wellFormed(value)
      .replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what this strips
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
  );
}

/**
 * A file name safe to put in a header or a download: no folders, no control characters, no
 * quotes or characters Windows refuses.
 */
export function safeFileName(name: string, fallback: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = singleLine(base)
    .replace(/["*:<>?|]/g, '_')
    .replace(/^\.+/, '')
    .trim();
  return clean === '' ? fallback : clean.slice(0, 180);
}
