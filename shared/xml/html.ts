/**
 * "Save page as…" of a web page named .xml is a common wrong file; saying so beats a parse error.
 */
const HTML_ROOTS = new Set(['html', 'head', 'body']);

/** Comments and an XML declaration may come before `<!DOCTYPE html>`; look only at the head. */
const HTML_DOCTYPE = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[^]*?-->\s*)*<!doctype\s+html\b/i;

export function looksLikeHtml(text: string, root: string | null): boolean {
  if (root !== null && HTML_ROOTS.has(root.toLowerCase())) return true;
  return HTML_DOCTYPE.test(text.slice(0, 4096));
}
