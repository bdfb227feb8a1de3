/**
 * The support request as plain fields, ready for any transport: a webmail driver, a compose
 * URL, an .eml file or mailto:.
 */
import type { PlaceholderName, TemplateVars } from './placeholders';
import { preferredRecipient, recipientAddress } from './settings';
import type { EmailSettings, RecipientChoice } from './settings';
import { DEFAULT_EXPORT_METHOD, renderTemplate } from './template';
import { safeFileName, singleLine } from './text';

export interface ComposedRequest {
  /** '' when the chosen recipient has no valid address (a distributor not set up). */
  to: string;
  /** One line: CR/LF from values and from the template itself are removed. */
  subject: string;
  /** LF line ends. */
  body: string;
  attachmentName: string;
  recipient: RecipientChoice;
  /** Placeholders without a value, plus 'recipient' when `to` is empty: what to ask for before sending. */
  missing: (PlaceholderName | 'recipient')[];
  /** `{{names}}` in the templates that are not placeholders. */
  unknownPlaceholders: string[];
}

export const DEFAULT_ATTACHMENT_NAME = 'configtool-export.xml';

/** Things to do that no template can do for the technician. */
export const SEND_CHECKLIST: readonly string[] = [
  'The XML file is attached, exactly as ConfigTool saved it.',
  'Proof of ownership is attached: the purchase invoice and/or a photo of the label with the serial number.',
  'ConfigTool stays open and the recorder stays on until the reset file is imported.',
];

function filled(value: string | null | undefined): string | null {
  return value && value.trim() !== '' ? value : null;
}

export function composeRequest(
  settings: EmailSettings,
  vars: TemplateVars,
  choice: RecipientChoice = preferredRecipient(settings),
): ComposedRequest {
  const attachmentName = safeFileName(vars.attachmentName ?? '', DEFAULT_ATTACHMENT_NAME);
  const all: TemplateVars = {
    ...vars,
    technicianName: filled(vars.technicianName) ?? settings.technicianName,
    company: filled(vars.company) ?? settings.company,
    exportMethod: filled(vars.exportMethod) ?? DEFAULT_EXPORT_METHOD,
    attachmentName,
  };
  const subject = renderTemplate(settings.subjectTemplate, all);
  const body = renderTemplate(settings.bodyTemplate, all);
  const to = recipientAddress(settings, choice) ?? '';
  const missing: ComposedRequest['missing'] = [...new Set([...subject.missing, ...body.missing])];
  if (to === '') missing.push('recipient');
  return {
    to,
    subject: singleLine(subject.text),
    body: body.text,
    attachmentName,
    recipient: choice,
    missing,
    unknownPlaceholders: [...new Set([...subject.unknown, ...body.unknown])],
  };
}
