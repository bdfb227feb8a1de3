/** Small DOM lookups shared by the webmail profiles. */
import { isVisible } from './wait';

/** The first visible element matching any of `selectors`, tried in order (most stable first). */
export function firstVisible<T extends HTMLElement = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    for (const el of Array.from(root.querySelectorAll(selector))) {
      if (isVisible(el)) return el as T;
    }
  }
  return null;
}

/** A visible button-like element whose label (text, aria-label, title) is one of `labels`. */
export function buttonLabelled(root: ParentNode, labels: readonly string[]): HTMLElement | null {
  const wanted = labels.map((l) => l.toLowerCase());
  for (const el of Array.from(root.querySelectorAll('button, [role="button"], a[role="button"]'))) {
    const names = [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent]
      .filter((v): v is string => !!v)
      .map((v) => v.trim().toLowerCase());
    if (names.some((n) => wanted.includes(n)) && isVisible(el)) return el;
  }
  return null;
}

/** A visible element whose own, whole text matches `pattern` (e.g. Gmail's "Drop files here"). */
export function elementWithText(root: ParentNode, pattern: RegExp): HTMLElement | null {
  const doc = root instanceof Document ? root : (root as Node).ownerDocument;
  if (!doc) return null;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent && pattern.test((parent.textContent ?? '').trim()) && isVisible(parent)) return parent;
  }
  return null;
}

/** Whitespace-insensitive text, for comparing what an editor shows with what we put in. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The value of a text field, whichever kind it is. */
export function fieldText(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  return (el as HTMLElement).innerText ?? el.textContent ?? '';
}
