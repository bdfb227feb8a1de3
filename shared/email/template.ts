/**
 * `{{name}}` templates for the support e-mail. Values are plain text inserted once (a value that
 * contains `{{serial}}` is not expanded again) and always one line, so a device name read from a
 * file cannot add lines to the subject or fake parts of the body.
 */
import { isPlaceholderName, PLACEHOLDER_NAMES } from './placeholders';
import type { PlaceholderName, TemplateVars } from './placeholders';
import { normaliseNewlines, singleLine } from './text';

export interface RenderedTemplate {
  text: string;
  /** Known placeholders used by the template that had no value (rendered as `missingText`). */
  missing: PlaceholderName[];
  /** `{{names}}` the template uses that are not placeholders; left in the text as written. */
  unknown: string[];
}

export interface RenderOptions {
  /** What a missing value renders as, so the reader sees a gap rather than a silent blank. */
  missingText?: string;
}

export const MISSING_TEXT = '(not known)';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*\}\}/g;

export function renderTemplate(
  template: string,
  vars: TemplateVars,
  options: RenderOptions = {},
): RenderedTemplate {
  const missingText = options.missingText ?? MISSING_TEXT;
  const missing = new Set<PlaceholderName>();
  const unknown = new Set<string>();
  const text = normaliseNewlines(template).replace(PLACEHOLDER, (whole, name: string) => {
    if (!isPlaceholderName(name)) {
      unknown.add(name);
      return whole;
    }
    const value = singleLine(vars[name] ?? '');
    if (value === '') {
      missing.add(name);
      return missingText;
    }
    return value;
  });
  return { text, missing: PLACEHOLDER_NAMES.filter((n) => missing.has(n)), unknown: [...unknown] };
}

/** Placeholders a template uses, known or not, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))];
}

export const DEFAULT_SUBJECT_TEMPLATE = 'Password reset request (XML file): {{model}}, serial {{serial}}';

/**
 * Plain text, no links or images (nothing that tracks). It asks for the reset file, gives the
 * identity support checks against the file, says how and when the export was made (the 24 h
 * window runs from then), and carries the proof of ownership support asks for.
 */
export const DEFAULT_BODY_TEMPLATE = `Hello Dahua support,

Please send the password reset file for the recorder below. The password-reset XML file exported with ConfigTool is attached: {{attachmentName}}.

Model: {{model}}
Serial number: {{serial}}
MAC address: {{mac}}
Firmware: {{firmware}}
Export: {{exportMethod}}
Exported at: {{exportedAt}}
Site / ticket reference: {{siteRef}}

ConfigTool stays open and the recorder stays powered on until we import your reset file, so we would be grateful for an answer within 24 hours of the export.

Proof of ownership is attached: the purchase invoice and/or a photo of the label on the recorder showing the serial number.

Thank you,
{{technicianName}}
{{company}}
`;

/** What `{{exportMethod}}` says by default; ASCII so the body stays readable in any mail client. */
export const DEFAULT_EXPORT_METHOD = 'ConfigTool > Password Reset > Reset Mode: XML File > Export';

/** `2025-01-15 09:30 UTC`: unambiguous for a support desk in another time zone. */
export function formatExportedAt(ms: number): string {
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}
