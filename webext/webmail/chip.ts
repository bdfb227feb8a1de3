/**
 * Finding the attachment chip a webmail shows after a file went in: "the attachment is there"
 * is only said when an element outside the editors names the file (and its size, when shown).
 * Class names are private and change, so the search goes by text, `title` and `aria-label`.
 */
import { squash } from './dom';

/** Elements whose text is typed by the user (the body may mention the file name). */
const TYPED = 'input, textarea, [contenteditable="true"], [contenteditable=""]';
/** A chip holds a name, a size and a few buttons: bigger text is a container, not the chip. */
const MAX_CHIP_TEXT = 200;

export interface Chip {
  el: HTMLElement;
  /** The chip's text, e.g. "reset-export.xml (4K)". */
  text: string;
}

export function findChip(area: HTMLElement, name: string): Chip | null {
  const doc = area.ownerDocument;
  const typed = (node: Node) => !!(node instanceof Element ? node : node.parentElement)?.closest(TYPED);
  let hit: HTMLElement | null = null;
  const walker = doc.createTreeWalker(area, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && !hit; node = walker.nextNode()) {
    if ((node.textContent ?? '').includes(name) && !typed(node)) hit = node.parentElement;
  }
  if (!hit) {
    for (const el of Array.from(area.querySelectorAll<HTMLElement>('[title], [aria-label]'))) {
      const label = `${el.getAttribute('title') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
      if (label.includes(name) && !typed(el)) {
        hit = el;
        break;
      }
    }
  }
  if (!hit) return null;
  // Grow to the chip around the name, so the size next to it is included.
  let chip = hit;
  for (let i = 0; i < 3 && chip.parentElement && chip.parentElement !== area; i++) {
    if (squash(chip.parentElement.textContent ?? '').length > MAX_CHIP_TEXT) break;
    chip = chip.parentElement;
  }
  // innerText separates blocks ("name" / "4 KB"); textContent would run them together.
  const text = squash(chip.innerText || chip.textContent || '');
  const label = chip.getAttribute('aria-label') ?? chip.getAttribute('title') ?? '';
  return { el: chip, text: text.includes(name) ? text : squash(`${text} ${label}`) };
}

const POWER: Record<string, number> = { b: 0, byte: 0, bytes: 0, k: 1, kb: 1, m: 2, mb: 2 };

/**
 * Does the size a chip shows fit `size` bytes? null when the chip shows no size. Webmails round
 * ("4K", "3.9 KB", rounded up or down) and may count 1000 or 1024 per K, so one step of the
 * shown precision is allowed either way.
 */
export function chipSizeMatches(chipText: string, size: number): boolean | null {
  const match = /(\d+(?:[.,]\d+)?)\s*(bytes|byte|kb|mb|k|m|b)\b/i.exec(chipText);
  if (!match) return null;
  const digits = match[1]!.replace(',', '.');
  const shown = Number(digits);
  const power = POWER[match[2]!.toLowerCase()]!;
  const step = 10 ** -(digits.split('.')[1]?.length ?? 0);
  return [1024, 1000].some((base) => Math.abs(size / base ** power - shown) <= step + 1e-9);
}
