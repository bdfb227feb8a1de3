/**
 * Waiting for webmail UIs, which render everything with JavaScript, late and in pieces.
 * A MutationObserver reacts at once; a slow poll backs it up because some changes (a value,
 * an element becoming visible through CSS) do not show up as DOM mutations.
 */
const POLL_MS = 200;

export function waitFor<T>(
  find: () => T | null | undefined,
  timeoutMs: number,
  root: Node = document,
): Promise<T | null> {
  return new Promise((resolve) => {
    const first = find();
    if (first) {
      resolve(first);
      return;
    }
    let finished = false;
    const finish = (value: T | null) => {
      if (finished) return;
      finished = true;
      observer.disconnect();
      clearInterval(poll);
      clearTimeout(timer);
      resolve(value);
    };
    const check = () => {
      const found = find();
      if (found) finish(found);
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    const poll = setInterval(check, POLL_MS);
    const timer = setTimeout(() => finish(find() ?? null), timeoutMs);
  });
}

/** Rendered and not hidden: webmail UIs keep closed dialogs and old dropzones in the DOM. */
export function isVisible(el: Element | null | undefined): el is HTMLElement {
  if (!el || !(el instanceof HTMLElement) || !el.isConnected) return false;
  if (el.closest('[hidden], [aria-hidden="true"]')) return false;
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden') return false;
  return el.getClientRects().length > 0;
}
