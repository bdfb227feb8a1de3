/**
 * Bounded DOM reads shared by the collector, the gate and identity reading.
 * Text is read through CharacterData.substringData so that a huge text node costs only the
 * characters we keep, never the whole string.
 */
import { LIMITS } from './limits';

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT; the NodeFilter global is absent outside browsers.

/** The first `max` elements with this tag name, without building a full static list. */
export function firstElements(root: Document | Element, tag: string, max: number): Element[] {
  const live = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0; i < live.length && i < max; i++) out.push(live[i]!);
  return out;
}

/** An attribute value, capped. */
export function attr(element: Element, name: string): string | null {
  const value = element.getAttribute(name);
  return value === null ? null : value.slice(0, LIMITS.attrChars);
}

/** Up to `max` characters of the text under `root`, read node by node. */
export function boundedText(root: Node, max: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let out = '';
  for (let node = walker.nextNode(); node && out.length < max; node = walker.nextNode()) {
    const text = node as CharacterData;
    out += text.substringData(0, Math.min(text.length, max - out.length));
  }
  return out;
}

/** Lower-case hostname of `url`, or '' when it does not parse. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when the document has an <input type=password> among its first `max` inputs. */
export function hasPasswordInput(doc: Document, max: number): boolean {
  // Read the attribute rather than `.type`: cheaper, and some DOMs do not lower-case `.type`.
  return firstElements(doc, 'input', max).some(
    (input) => (input.getAttribute('type') ?? '').trim().toLowerCase() === 'password',
  );
}
