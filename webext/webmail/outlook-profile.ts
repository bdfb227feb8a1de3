/**
 * Outlook on the web's compose UI as the driver sees it (reference §4.1/§4.4). The panel opens
 * the deeplink compose page (`/mail/deeplink/compose?to&subject&body`), which already holds the
 * fields, so the driver mostly checks them, completes the body when the URL had to be cut, and
 * drops the file. OWA's drop handler accepts `files.length > 0 && (types.includes(
 * 'application/x-moz-file') || types.length === 1)`: a DataTransfer with exactly one File
 * (`types = ['Files']`) passes. tests/webmail-sim/outlook.html reproduces these hooks.
 */
import { buttonLabelled, elementWithText, fieldText, firstVisible } from './dom';
import type { WebmailProfile } from './profile';

const SUBJECT = [
  'input[aria-label="Add a subject" i]',
  'input[placeholder="Add a subject" i]',
  'input[aria-label^="Subject" i]',
];
const BODY = [
  'div[contenteditable="true"][aria-label^="Message body" i]',
  '[role="textbox"][contenteditable="true"][aria-label*="body" i]',
];
const RECIPIENT = [
  '[contenteditable="true"][aria-label="To" i]',
  'input[aria-label="To" i]',
  '[role="textbox"][aria-label^="To" i]',
  'input[aria-label^="To" i]',
];

/** The smallest ancestor of the subject that also holds the body: one compose form. */
function composeOf(subject: HTMLElement): HTMLElement | null {
  for (let el = subject.parentElement; el; el = el.parentElement) {
    if (firstVisible(el, BODY)) return el;
  }
  return null;
}

export const outlookProfile: WebmailProfile = {
  provider: 'outlook',
  label: 'Outlook',

  // The panel opens `/mail/deeplink/compose?…` (also `/mail/0/deeplink/compose` for outlook.live.com).
  isComposePage: (doc) => doc.location.pathname.includes('/deeplink/compose'),

  composes(doc) {
    const found: HTMLElement[] = [];
    for (const selector of SUBJECT) {
      for (const subject of Array.from(doc.querySelectorAll<HTMLElement>(selector))) {
        const compose = composeOf(subject);
        if (compose && !found.includes(compose)) found.push(compose);
      }
    }
    return found;
  },

  composeButton: (doc) => buttonLabelled(doc, ['New mail', 'New email', 'New message']),

  recipient: (compose) => firstVisible(compose, RECIPIENT),

  hasRecipient(compose, address) {
    const wanted = address.toLowerCase();
    // Resolved recipients become "persona" chips; their text or title carries the address.
    const area = firstVisible(compose, RECIPIENT)?.parentElement ?? compose;
    const text = `${fieldText(area)} ${Array.from(area.querySelectorAll('[title]'))
      .map((el) => el.getAttribute('title'))
      .join(' ')}`;
    return text.toLowerCase().includes(wanted);
  },

  subject: (compose) => firstVisible<HTMLInputElement>(compose, SUBJECT),
  body: (compose) => firstVisible(compose, BODY),

  dropzone: {
    // Some OWA builds show an overlay while dragging; without one, the compose takes the drop.
    find: (doc) => elementWithText(doc, /^drop (files|attachments) here/i),
    required: false,
  },

  fileInput: (doc, compose) =>
    compose.querySelector<HTMLInputElement>('input[type="file"]') ??
    doc.querySelector<HTMLInputElement>('input[type="file"]'),

  // The attachment well sits above the body but may be outside the form's smallest box.
  attachmentArea: (compose) =>
    compose.closest<HTMLElement>('[role="main"]') ?? compose.parentElement ?? compose,
};
