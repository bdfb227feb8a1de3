/**
 * One linear pass over the text before the parser sees it: nesting depth, element count,
 * the DOCTYPE (to refuse entity declarations before anything could expand them) and whether the
 * file ends in the middle of something. The parser accepts a cut-off file and returns what it
 * got, so truncation has to be detected here. No regular expressions over the whole text, no
 * recursion: the cost is one step per character whatever the input.
 */

export interface PrescanLimits {
  maxDepth: number;
  maxElements: number;
}

export interface Prescan {
  /** The raw `<!DOCTYPE …>` declaration, when there is one. */
  doctype: string | null;
  /** Name of the first element. */
  root: string | null;
  elements: number;
  /** Set when a limit stopped the scan; the counts are then where it stopped. */
  limit: 'too-deep' | 'too-many-nodes' | null;
  /** Where the file ends when it is cut off: `inside a comment`, `before <Root> is closed`… */
  truncated: string | null;
  /** Line (1-based) where the scan stopped, for messages. */
  stopLine: number;
}

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = 0; i < pos && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** End of a `<!DOCTYPE …>` (or other `<!…>` declaration): `>` outside quotes and the `[…]` subset. */
function declarationEnd(text: string, from: number): number {
  let bracket = 0;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '[') bracket++;
    else if (c === ']') bracket--;
    else if (c === '>' && bracket <= 0) return i;
  }
  return -1;
}

/**
 * End of a start or empty-element tag: `>` outside quoted attribute values; -1 when the text
 * ends first (cut off), -2 when another tag starts first (malformed, for the validator to word).
 */
function tagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '>') return i;
    else if (c === '<') return -2;
  }
  return -1;
}

/** XML name start characters (XML 1.0 §2.3, simplified to what matters here). */
const NAME_START = /^[A-Za-z_:\u00C0-\uFFFF]/;

function tagName(text: string, from: number): string {
  let end = from;
  while (end < text.length && !/[\s/>]/.test(text[end]!)) end++;
  return text.slice(from, end);
}

export function prescan(text: string, limits: PrescanLimits): Prescan {
  const open: string[] = [];
  const result: Prescan = {
    doctype: null,
    root: null,
    elements: 0,
    limit: null,
    truncated: null,
    stopLine: 0,
  };
  const stop = (pos: number, patch: Partial<Prescan>): Prescan => ({
    ...result,
    ...patch,
    stopLine: lineAt(text, pos),
  });

  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      if (end < 0) return stop(lt, { truncated: 'inside a comment' });
      i = end + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0) return stop(lt, { truncated: 'inside a CDATA section' });
      i = end + 3;
    } else if (text.startsWith('<?', lt)) {
      const end = text.indexOf('?>', lt + 2);
      if (end < 0) return stop(lt, { truncated: 'inside a processing instruction' });
      i = end + 2;
    } else if (text.startsWith('<!', lt)) {
      const end = declarationEnd(text, lt + 2);
      if (end < 0) return stop(lt, { truncated: 'inside a declaration' });
      const declaration = text.slice(lt, end + 1);
      if (/^<!DOCTYPE/i.test(declaration) && result.doctype === null) result.doctype = declaration;
      i = end + 1;
    } else if (text[lt + 1] === '/') {
      const end = text.indexOf('>', lt + 2);
      if (end < 0) return stop(lt, { truncated: `inside the closing tag of <${tagName(text, lt + 2)}>` });
      // A stray closing tag is a well-formedness error the validator reports with a position.
      if (open.length > 0) open.pop();
      i = end + 1;
    } else {
      const name = tagName(text, lt + 1);
      const end = NAME_START.test(name) ? tagEnd(text, lt + 1) : -2;
      if (end === -1) return stop(lt, { truncated: `inside the tag <${name}>` });
      if (end === -2) {
        // Not a tag (a bare `<` in text, or a broken tag): the validator words that error.
        i = lt + 1;
        continue;
      }
      result.elements++;
      if (result.root === null) result.root = name;
      if (result.elements > limits.maxElements) return stop(lt, { limit: 'too-many-nodes' });
      if (text[end - 1] !== '/') {
        open.push(name);
        if (open.length > limits.maxDepth) return stop(lt, { limit: 'too-deep' });
      }
      i = end + 1;
    }
  }
  if (open.length > 0) {
    const innermost = open
      .slice(-3)
      .reverse()
      .map((n) => `<${n}>`);
    const more = open.length > 3 ? ` and ${open.length - 3} more` : '';
    const verb = open.length === 1 ? 'is' : 'are';
    return stop(text.length, { truncated: `before ${innermost.join(', ')}${more} ${verb} closed` });
  }
  return { ...result, stopLine: lineAt(text, text.length) };
}
