/**
 * Collects the cheap page signals the scorer needs.
 *
 * Only attribute values, ids/names, a few small inline executable scripts and footer text
 * are read, each with a cap (limits.ts). Never the page's whole text: articles, Q&A threads
 * and code views quote the very strings we look for, and a 2 MB page must stay cheap.
 */
import { attr, boundedText, firstElements, hasPasswordInput, hostOf } from './dom-read';
import { LIMITS } from './limits';
import { EXECUTABLE_TYPES } from './script-types';
import { MARKUP_TOKENS } from './signatures';
import type { PageSignals } from './types';

export { quickGate, type GateDecision } from './quick-gate';

const FOOTER_SELECTORS = ['footer', '#footer', '.footer', '[class*="copyright"]', '[id*="copyright"]'];
const META_NAMES = new Set(['author', 'copyright', 'description', 'application-name']);
const FIELD_TAGS = ['input', 'select', 'textarea', 'form', 'button'];
const ASSETS: readonly (readonly [string, string])[] = [
  ['img', 'src'],
  ['link', 'href'],
  ['iframe', 'src'],
  ['a', 'href'],
];

export function collectPageSignals(doc: Document, url: string): PageSignals {
  const host = hostOf(url);
  const { scriptSrcs, inlineScript } = readScripts(doc, host);
  return {
    url,
    host,
    title: doc.title.trim().slice(0, LIMITS.titleChars),
    scriptSrcs,
    assetUrls: readAssets(doc, host),
    formFields: readFormFields(doc),
    classNames: MARKUP_TOKENS.filter((token) => hasToken(doc, token)),
    inlineScript,
    footerText: readFooterText(doc),
    hasPasswordField: hasPasswordInput(doc, LIMITS.fieldsPerTag * 4),
  };
}

function isExecutable(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim().toLowerCase().split(';')[0]!.trim();
  return EXECUTABLE_TYPES.has(type);
}

/**
 * A recorder serves its whole UI from itself, so only relative and same-host URLs count.
 * Cross-host URLs are what pages *about* recorders contain (an article linking to
 * http://192.168.1.108/baseProj/…, a code host's raw file links).
 */
function isSameHost(value: string, host: string): boolean {
  const url = value.trim();
  if (url.startsWith('//')) return hostOf(`http:${url}`) === host;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) || hostOf(url) === host;
}

function readScripts(doc: Document, host: string): { scriptSrcs: string[]; inlineScript: string } {
  const scriptSrcs: string[] = [];
  const parts: string[] = [];
  let total = 0;
  for (const script of firstElements(doc, 'script', LIMITS.scripts)) {
    const src = attr(script, 'src');
    if (src !== null) {
      if (isSameHost(src, host)) scriptSrcs.push(src);
      continue;
    }
    if (parts.length >= LIMITS.inlineScripts || total >= LIMITS.inlineCharsTotal || !isExecutable(script))
      continue;
    const text = boundedText(script, Math.min(LIMITS.inlineCharsPerScript, LIMITS.inlineCharsTotal - total));
    if (text.trim() === '') continue;
    parts.push(text);
    total += text.length;
  }
  return { scriptSrcs, inlineScript: parts.join('\n;\n') };
}

function readAssets(doc: Document, host: string): string[] {
  const urls: string[] = [];
  for (const [tag, name] of ASSETS) {
    for (const element of firstElements(doc, tag, LIMITS.assetsPerTag)) {
      const value = attr(element, name);
      if (value && isSameHost(value, host)) urls.push(value);
    }
  }
  return urls;
}

function readFormFields(doc: Document): string[] {
  const fields: string[] = [];
  for (const tag of FIELD_TAGS) {
    for (const element of firstElements(doc, tag, LIMITS.fieldsPerTag)) {
      for (const name of ['id', 'name']) {
        const value = attr(element, name);
        if (value) fields.push(value);
      }
    }
  }
  // Option values name things like user types (Amcrest's LDAPUser).
  for (const option of firstElements(doc, 'option', LIMITS.options)) {
    const value = attr(option, 'value') ?? attr(option, 'id');
    if (value) fields.push(value);
  }
  return fields;
}

function hasToken(doc: Document, token: string): boolean {
  // Tokens come from our own data and are plain identifiers, so no CSS escaping is needed.
  return doc.getElementById(token) !== null || doc.getElementsByClassName(token).length > 0;
}

function readFooterText(doc: Document): string {
  const parts: string[] = [];
  let budget = LIMITS.footerChars;
  for (const meta of firstElements(doc, 'meta', LIMITS.metas)) {
    if (budget <= 0) break;
    if (!META_NAMES.has((meta.getAttribute('name') ?? '').toLowerCase())) continue;
    const content = (attr(meta, 'content') ?? '').slice(0, budget);
    parts.push(content);
    budget -= content.length;
  }
  const read: Element[] = [];
  for (const selector of FOOTER_SELECTORS) {
    if (budget <= 0) break;
    const element = doc.querySelector(selector);
    // A copyright span inside an already-read footer would only repeat its text.
    if (!element || read.some((done) => done.contains(element))) continue;
    read.push(element);
    const text = boundedText(element, budget);
    parts.push(text);
    budget -= text.length;
  }
  return parts.join(' \n ').replace(/\s+/g, ' ').trim();
}
