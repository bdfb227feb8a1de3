/**
 * PageSignals from a fetched HTML string, without a DOM.
 *
 * The browser builds PageSignals with collectPageSignals over a live document; the CLI and the
 * VS Code host only have the bytes of `GET /`. This reader walks the start tags with small,
 * linear regexes and keeps to the same LIMITS as the DOM collector, so the same signatures
 * and scorer apply and a 2 MB page costs no more than a login page. It is deliberately not an
 * HTML parser: recorder login pages are small and plain, and anything it misreads only
 * weakens the evidence (the login challenge still confirms the device).
 */
import { hostOf } from '../detection/dom-read';
import { LIMITS } from '../detection/limits';
import { MARKUP_TOKENS } from '../detection/signatures';
import type { PageSignals } from '../detection/types';
import { EXECUTABLE_TYPES } from '../detection/script-types';

/** Characters of the page looked at; recorder login pages are 2–30 KB. */
export const MAX_HTML_CHARS = 512 * 1024;
/** Start tags looked at. */
const MAX_TAGS = 5000;
/** Characters of one start tag's attribute text. */
const MAX_ATTR_TEXT = 2048;

const FIELD_TAGS = new Set(['input', 'select', 'textarea', 'form', 'button']);
const ASSET_ATTR: Record<string, string> = { img: 'src', link: 'href', iframe: 'src', a: 'href' };
const META_NAMES = new Set(['author', 'copyright', 'description', 'application-name']);

export function signalsFromHtml(html: string, url: string, headers?: Record<string, string>): PageSignals {
  const text = html.slice(0, MAX_HTML_CHARS);
  const host = hostOf(url);
  const scriptSrcs: string[] = [];
  const assetUrls: string[] = [];
  const formFields: string[] = [];
  const tokens = new Set<string>();
  const inline: string[] = [];
  const footer: string[] = [];
  const assetCounts = new Map<string, number>();
  const fieldCounts = new Map<string, number>();
  let scripts = 0;
  let inlineTotal = 0;
  let options = 0;
  let metas = 0;
  let footerBudget = LIMITS.footerChars;
  let hasPasswordField = false;

  let footerReadUntil = 0;
  let title: string | null = null;

  // `[^<>]*` stops at the next '<' as well as '>', so every character is scanned a bounded
  // number of times even on hostile input ("<a<a<a…"); an attribute value holding '<' only
  // costs that one tag.
  const startTag = /<!--|<([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>/g;
  let tags = 0;
  for (let m = startTag.exec(text); m && tags < MAX_TAGS; m = startTag.exec(text), tags++) {
    if (m[1] === undefined) {
      const end = text.indexOf('-->', m.index + 4);
      if (end < 0) break;
      startTag.lastIndex = end + 3;
      continue;
    }
    const tag = m[1].toLowerCase();
    const attrs = parseAttributes(m[2]!.slice(0, MAX_ATTR_TEXT));
    const afterTag = m.index + m[0].length;

    for (const name of ['class', 'id']) {
      for (const token of (attrs.get(name) ?? '').split(/\s+/)) if (token) tokens.add(token);
    }

    if (tag === 'script') {
      const end = indexOfClose(text, 'script', afterTag);
      // Skip the script body so markup inside strings is not read as tags.
      startTag.lastIndex = end;
      if (scripts++ >= LIMITS.scripts) continue;
      const src = attrs.get('src');
      if (src !== undefined) {
        if (isSameHost(src, host)) scriptSrcs.push(src);
        continue;
      }
      const type = (attrs.get('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
      if (
        inline.length >= LIMITS.inlineScripts ||
        inlineTotal >= LIMITS.inlineCharsTotal ||
        !EXECUTABLE_TYPES.has(type)
      )
        continue;
      const body = text.slice(
        afterTag,
        Math.min(
          end,
          afterTag + Math.min(LIMITS.inlineCharsPerScript, LIMITS.inlineCharsTotal - inlineTotal),
        ),
      );
      if (body.trim() === '') continue;
      inline.push(body);
      inlineTotal += body.length;
      continue;
    }
    if (tag === 'title') {
      // RCDATA: no tags inside. The first <title> outside comments and scripts is the title.
      const end = indexOfClose(text, 'title', afterTag);
      title ??= readTitle(text.slice(afterTag, Math.min(end, afterTag + 2048)));
      startTag.lastIndex = end;
      continue;
    }
    if (tag === 'style' || tag === 'textarea' || tag === 'noscript' || tag === 'template') {
      startTag.lastIndex = indexOfClose(text, tag, afterTag);
      // A textarea is still a form field.
      if (tag !== 'textarea') continue;
    }

    const assetAttr = ASSET_ATTR[tag];
    if (assetAttr) {
      const seen = assetCounts.get(tag) ?? 0;
      const value = attrs.get(assetAttr);
      if (seen < LIMITS.assetsPerTag && value && isSameHost(value, host)) assetUrls.push(value);
      assetCounts.set(tag, seen + 1);
    }
    if (FIELD_TAGS.has(tag)) {
      const seen = fieldCounts.get(tag) ?? 0;
      if (seen < LIMITS.fieldsPerTag) {
        for (const name of ['id', 'name']) {
          const value = attrs.get(name);
          if (value) formFields.push(value);
        }
      }
      fieldCounts.set(tag, seen + 1);
      if (tag === 'input' && (attrs.get('type') ?? '').trim().toLowerCase() === 'password')
        hasPasswordField = true;
    }
    if (tag === 'option' && options++ < LIMITS.options) {
      const value = attrs.get('value') ?? attrs.get('id');
      if (value) formFields.push(value);
    }
    if (tag === 'meta' && metas++ < LIMITS.metas && footerBudget > 0) {
      if (META_NAMES.has((attrs.get('name') ?? '').toLowerCase())) {
        const content = (attrs.get('content') ?? '').slice(0, footerBudget);
        footer.push(content);
        footerBudget -= content.length;
      }
    }
    // A copyright span inside an already-read footer would only repeat its text.
    if (footerBudget > 0 && afterTag >= footerReadUntil && isFooterElement(tag, attrs)) {
      const end = Math.min(indexOfClose(text, tag, afterTag), afterTag + LIMITS.footerChars * 4);
      const content = visibleText(text.slice(afterTag, end)).slice(0, footerBudget);
      footer.push(content);
      footerBudget -= content.length;
      footerReadUntil = end;
    }
  }

  return {
    url,
    host,
    title: title ?? '',
    scriptSrcs,
    assetUrls,
    formFields,
    classNames: MARKUP_TOKENS.filter((token) => tokens.has(token)),
    inlineScript: inline.join('\n;\n'),
    footerText: footer.join(' \n ').replace(/\s+/g, ' ').trim(),
    hasPasswordField,
    ...(headers && { headers }),
  };
}

/** Attribute name (lower-case) → decoded, capped value. Valueless attributes map to ''. */
function parseAttributes(source: string): Map<string, string> {
  const out = new Map<string, string>();
  const attr = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
  for (let m = attr.exec(source); m; m = attr.exec(source)) {
    const name = m[1]!.toLowerCase();
    if (out.has(name)) continue; // HTML keeps the first occurrence
    out.set(name, decodeEntities((m[2] ?? m[3] ?? m[4] ?? '').slice(0, LIMITS.attrChars)));
  }
  return out;
}

/** Index of `</tag` after `from`, or the end of the text when the element is never closed. */
function indexOfClose(text: string, tag: string, from: number): number {
  const close = new RegExp(`</${tag}\\s*>`, 'gi');
  close.lastIndex = from;
  const m = close.exec(text);
  return m ? m.index : text.length;
}

/** The footer/copyright elements the DOM collector reads (footer, #footer, .footer, *copyright*). */
function isFooterElement(tag: string, attrs: Map<string, string>): boolean {
  const id = attrs.get('id') ?? '';
  const classes = (attrs.get('class') ?? '').split(/\s+/);
  return (
    tag === 'footer' ||
    id === 'footer' ||
    classes.includes('footer') ||
    /copyright/.test(id) ||
    /copyright/.test(attrs.get('class') ?? '')
  );
}

function readTitle(raw: string): string {
  // document.title strips and collapses ASCII whitespace; do the same so /^WEB SERVICE$/ matches.
  return decodeEntities(raw)
    .replace(/[\t\n\f\r ]+/g, ' ')
    .trim()
    .slice(0, LIMITS.titleChars);
}

/** Text of an HTML fragment: scripts, styles and tags dropped, entities decoded. */
function visibleText(fragment: string): string {
  return decodeEntities(
    fragment.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '),
  );
}

/**
 * A recorder serves its whole UI from itself, so only relative and same-host URLs count (the
 * DOM collector's rule: pages *about* recorders link to them absolutely).
 */
function isSameHost(value: string, host: string): boolean {
  const url = value.trim();
  if (url.startsWith('//')) return hostOf(`http:${url}`) === host;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) || hostOf(url) === host;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '©',
  reg: '®',
};

function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
