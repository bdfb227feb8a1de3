/**
 * Walks the parsed tree and reports every device value it recognises, with its path: by element
 * name, by attribute name, by key/value pair (`<Param name="SN" value="…"/>`) and, for values
 * under no recognised name, by shape. Nothing here knows a schema.
 */
import { XML_LIMITS } from './limits';
import { fieldForName, normaliseName, PAIR_KEY_ATTRIBUTES, PAIR_VALUE_ATTRIBUTES } from './names';
import type { XmlElement } from './parse';
import type { ExportFinding, FindingHow } from './types';
import { grammarHits, namedValue } from './values';

interface Frame {
  element: XmlElement;
  path: string;
}

/** Path segments for siblings: `Device[1]`, `Device[2]` only where a name repeats. */
function segments(elements: XmlElement[]): string[] {
  const counts = new Map<string, number>();
  for (const e of elements) counts.set(e.name, (counts.get(e.name) ?? 0) + 1);
  const seen = new Map<string, number>();
  return elements.map((e) => {
    if ((counts.get(e.name) ?? 0) < 2) return e.name;
    const n = (seen.get(e.name) ?? 0) + 1;
    seen.set(e.name, n);
    return `${e.name}[${n}]`;
  });
}

export function extractFindings(roots: XmlElement[]): ExportFinding[] {
  const findings: ExportFinding[] = [];
  const seen = new Set<string>();
  const add = (f: ExportFinding) => {
    const key = `${f.field}\u0000${f.value}\u0000${f.path}`;
    if (seen.has(key)) return;
    seen.add(key);
    findings.push(f);
  };
  /** A value under a recognised name; true when the name was recognised (even if the value was not usable). */
  const named = (name: string, raw: string, path: string, how: FindingHow): boolean => {
    const field = fieldForName(name);
    if (!field) return false;
    const value = namedValue(field, raw, normaliseName(name));
    if (value) add({ field, value, path, how });
    return true;
  };
  const byShape = (raw: string, path: string) => {
    for (const hit of grammarHits(raw, XML_LIMITS.maxGrammarValueLength))
      add({ ...hit, path, how: 'value-grammar' });
  };

  // Depth-first in document order, without recursion (the pre-scan bounds depth anyway).
  const rootSegments = segments(roots);
  const stack: Frame[] = roots.map((element, i) => ({ element, path: `/${rootSegments[i]}` })).reverse();
  while (stack.length > 0) {
    const { element, path } = stack.pop()!;
    const pairKey = element.attributes.find(
      (a) => PAIR_KEY_ATTRIBUTES.has(a.name.toLowerCase()) && fieldForName(a.value) !== null,
    );
    const pairValue = element.attributes.find((a) => PAIR_VALUE_ATTRIBUTES.has(a.name.toLowerCase()));

    for (const attribute of element.attributes) {
      if (attribute === pairKey || attribute.name === 'xmlns' || attribute.name.startsWith('xmlns:'))
        continue;
      const attrPath = `${path}/@${attribute.name}`;
      if (pairKey && attribute === pairValue) named(pairKey.value, attribute.value, attrPath, 'attribute');
      else if (!named(attribute.name, attribute.value, attrPath, 'attribute'))
        byShape(attribute.value, attrPath);
    }
    if (element.text !== '') {
      const handled =
        (pairKey && !pairValue && named(pairKey.value, element.text, path, 'element')) ||
        named(element.name, element.text, path, 'element');
      if (!handled) byShape(element.text, path);
    }

    const childSegments = segments(element.children);
    for (let i = element.children.length - 1; i >= 0; i--) {
      stack.push({ element: element.children[i]!, path: `${path}/${childSegments[i]}` });
    }
  }
  return findings;
}
