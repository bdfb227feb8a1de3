/**
 * fast-xml-parser, configured for untrusted input, turned into a small tree the extractor walks.
 * Callers run the pre-scan first: depth and size are already bounded when this runs.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XML_LIMITS } from './limits';

export interface XmlAttribute {
  name: string;
  value: string;
}

export interface XmlElement {
  name: string;
  attributes: XmlAttribute[];
  /** Direct text and CDATA of the element: trimmed pieces joined by a space. */
  text: string;
  children: XmlElement[];
}

export type ParseResult =
  { ok: true; roots: XmlElement[] } | { ok: false; message: string; line?: number; column?: number };

const ATTR_PREFIX = '@_';

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: ATTR_PREFIX,
  // Values stay text: a serial such as 012345… must not become a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // No entity expansion at all; the five predefined ones are decoded below, per value.
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  cdataPropName: '#cdata',
  // Belt and braces: the pre-scan already refused anything deeper.
  maxNestedTags: XML_LIMITS.maxDepth + 1,
});

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The predefined entities and character references; anything else is left as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

type OrderedNode = Record<string, unknown>;

function textOf(nodes: unknown): string {
  if (!Array.isArray(nodes)) return '';
  return nodes
    .map((n: OrderedNode) =>
      typeof n['#text'] === 'string' || typeof n['#text'] === 'number' ? String(n['#text']) : '',
    )
    .join('');
}

function convert(nodes: OrderedNode[]): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of nodes) {
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || name === '#text' || name === '#cdata') continue;
    const body = node[name];
    const children = Array.isArray(body) ? (body as OrderedNode[]) : [];
    const attrs = (node[':@'] ?? {}) as Record<string, unknown>;
    const attributes = Object.entries(attrs).map(([key, value]) => ({
      name: key.startsWith(ATTR_PREFIX) ? key.slice(ATTR_PREFIX.length) : key,
      value: decodeEntities(String(value)),
    }));
    // Pieces are trimmed by the parser; a space keeps "SN: X<br/>MAC: Y" from fusing into one word.
    const pieces: string[] = [];
    for (const child of children) {
      if ('#text' in child) pieces.push(decodeEntities(String(child['#text'])));
      else if ('#cdata' in child) pieces.push(textOf(child['#cdata']));
    }
    out.push({ name, attributes, text: pieces.join(' '), children: convert(children) });
  }
  return out;
}

export function parseXml(text: string): ParseResult {
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return { ok: false, message: valid.err.msg, line: valid.err.line, column: valid.err.col };
  }
  try {
    return { ok: true, roots: convert(parser.parse(text) as OrderedNode[]) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
