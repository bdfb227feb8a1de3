/**
 * Typing into webmail fields. `execCommand('insertText')` goes through the editor's own input
 * path (the same as a paste), so Gmail and Outlook update their internal state; when an editor
 * refuses it, the value is set directly and an `input` event tells the app. Text is always
 * inserted as text, never as HTML (Gmail enforces Trusted Types anyway).
 */
import { fieldText, squash } from './dom';
import type { TextField } from './profile';

const isFormField = (el: Element): el is HTMLInputElement | HTMLTextAreaElement =>
  el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;

/** Replace the field's content with `text`; true when the field then shows it. */
export function fillField(el: TextField, text: string): boolean {
  el.focus();
  if (isFormField(el)) {
    el.select();
    insertText(text);
    if (el.value !== text) {
      el.value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }
    el.dispatchEvent(new Event('change', { bubbles: true }));
    return el.value === text;
  }
  const selection = el.ownerDocument.getSelection();
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  selection?.removeAllRanges();
  selection?.addRange(range);
  insertText(text);
  if (!showsText(el, text)) {
    // One block per line, the way contenteditable editors store plain text.
    el.replaceChildren(
      ...text.split('\n').map((line) => {
        const div = el.ownerDocument.createElement('div');
        if (line === '') div.append(el.ownerDocument.createElement('br'));
        else div.textContent = line;
        return div;
      }),
    );
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }
  return showsText(el, text);
}

export function showsText(el: Element, text: string): boolean {
  return squash(fieldText(el)) === squash(text);
}

/**
 * Turn a typed address into a recipient: both webmails resolve it on Enter or when the field
 * loses focus. Untrusted key events have no default action, but the apps' own key handlers see them.
 */
export function commitRecipient(el: TextField): void {
  for (const type of ['keydown', 'keyup'] as const) {
    el.dispatchEvent(
      new KeyboardEvent(type, { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }),
    );
  }
  el.blur();
  el.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

function insertText(text: string): void {
  try {
    document.execCommand('insertText', false, text);
  } catch {
    // Deprecated API: the caller checks the result and falls back.
  }
}
