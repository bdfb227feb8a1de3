/**
 * Gmail's compose UI as the driver sees it (reference §4.2/§4.4; selectors also used by public
 * Gmail automation: `[gh="cm"]` Compose button, `input[name=subjectbox]`, the "Message Body"
 * editor, the "To recipients" field; older Gmail used `textarea[name=to]`).
 *
 * Attaching works like InboxSDK's `attachFiles`: a drag over the compose makes Gmail show its
 * "Drop files here" dropzone, and the drop must land on that dropzone. tests/webmail-sim/gmail.html
 * reproduces exactly these hooks.
 */
import { buttonLabelled, elementWithText, fieldText, firstVisible } from './dom';
import type { WebmailProfile } from './profile';
import { isVisible } from './wait';

const SUBJECT = ['input[name="subjectbox"]'];
const BODY = [
  'div[contenteditable="true"][aria-label="Message Body"]',
  'div[contenteditable="true"][g_editable="true"]',
  '[role="textbox"][contenteditable="true"][aria-label*="Body" i]',
];
const RECIPIENT = [
  'input[aria-label="To recipients"]',
  'input[aria-label^="To" i][role="combobox"]',
  'textarea[name="to"]',
  'input[name="to"]',
];

export const gmailProfile: WebmailProfile = {
  provider: 'gmail',
  label: 'Gmail',

  // view=cm is the full-screen compose of a compose URL (reference §4.1).
  isComposePage: (doc) => new URLSearchParams(doc.location.search).get('view') === 'cm',

  composes(doc) {
    // A popup compose is a dialog; the full-screen one (view=cm) sits in the main region.
    const roots = Array.from(doc.querySelectorAll<HTMLElement>('[role="dialog"], [role="main"]'));
    return roots.filter((root) => isVisible(root) && firstVisible(root, SUBJECT) && firstVisible(root, BODY));
  },

  composeButton(doc) {
    return firstVisible(doc, ['[gh="cm"]']) ?? buttonLabelled(doc, ['Compose']);
  },

  recipient: (compose) => firstVisible(compose, RECIPIENT),

  hasRecipient(compose, address) {
    const wanted = address.toLowerCase();
    // Gmail turns a typed address into a chip carrying it in `email` / `data-hovercard-id`.
    for (const el of Array.from(compose.querySelectorAll('[email], [data-hovercard-id]'))) {
      const value = (el.getAttribute('email') ?? el.getAttribute('data-hovercard-id') ?? '').toLowerCase();
      if (value === wanted) return true;
    }
    const field = firstVisible(compose, RECIPIENT);
    return !!field && fieldText(field).toLowerCase().includes(wanted);
  },

  subject: (compose) => firstVisible<HTMLInputElement>(compose, SUBJECT),
  body: (compose) => firstVisible(compose, BODY),

  dropzone: {
    find: (doc) => elementWithText(doc, /^drop files here$/i),
    required: true,
  },

  fileInput: (doc, compose) =>
    compose.querySelector<HTMLInputElement>('input[type="file"]') ??
    doc.querySelector<HTMLInputElement>('input[type="file"][name="Filedata"]'),

  attachmentArea: (compose) => compose,
};
