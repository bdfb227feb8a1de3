/**
 * The technician's e-mail settings: who receives the request, the editable templates, and who
 * signs it. Stored in a KeyValueStore (browser.storage.local, VS Code globalState, a JSON file)
 * under one key, in a schema-versioned envelope; a damaged or older value never stops the panel
 * opening, it falls back to defaults field by field.
 */
import { supportAddress } from '../knowledge/support-addresses';
import type { SupportAddress } from '../knowledge/support-addresses';
import type { KeyValueStore } from '../platform/services';
import { isValidEmail } from './address';
import { isPlaceholderName } from './placeholders';
import { DEFAULT_BODY_TEMPLATE, DEFAULT_SUBJECT_TEMPLATE, placeholdersIn } from './template';

/** The two Dahua reset addresses of the reference (§9), or the technician's distributor. */
export type RecipientChoice = 'rpwd-global' | 'rpwd' | 'distributor';

export const RECIPIENT_CHOICES: readonly RecipientChoice[] = ['rpwd-global', 'rpwd', 'distributor'];

export interface EmailSettings {
  /** The default recipient chosen in settings. */
  recipient: RecipientChoice;
  distributorAddress: string;
  subjectTemplate: string;
  bodyTemplate: string;
  technicianName: string;
  company: string;
  /** The recipient picked the last time a request was composed; preselected next time. */
  lastRecipient?: RecipientChoice;
}

export const EMAIL_SETTINGS_KEY = 'rrc.settings.email';
export const EMAIL_SETTINGS_SCHEMA = 1;

export const LIMITS = { subject: 300, body: 10_000, name: 120, address: 254 } as const;

export function defaultEmailSettings(): EmailSettings {
  return {
    // The documented address (Dahua's NetSDK demo) first; see supportAddresses for why.
    recipient: 'rpwd-global',
    distributorAddress: '',
    subjectTemplate: DEFAULT_SUBJECT_TEMPLATE,
    bodyTemplate: DEFAULT_BODY_TEMPLATE,
    technicianName: '',
    company: '',
  };
}

export interface SettingsError {
  field: keyof EmailSettings;
  message: string;
}

export interface SettingsValidation {
  ok: boolean;
  errors: SettingsError[];
}

function isChoice(value: unknown): value is RecipientChoice {
  return typeof value === 'string' && (RECIPIENT_CHOICES as readonly string[]).includes(value);
}

export function validateEmailSettings(s: EmailSettings): SettingsValidation {
  const errors: SettingsError[] = [];
  const usesDistributor = s.recipient === 'distributor' || s.lastRecipient === 'distributor';
  const address = s.distributorAddress.trim();
  if (!isChoice(s.recipient)) errors.push({ field: 'recipient', message: 'Choose a recipient.' });
  if (s.lastRecipient !== undefined && !isChoice(s.lastRecipient)) {
    errors.push({ field: 'lastRecipient', message: 'Unknown recipient.' });
  }
  if (address !== '' && !isValidEmail(address)) {
    errors.push({
      field: 'distributorAddress',
      message: `"${address}" is not a valid e-mail address (name@example.com, one address).`,
    });
  } else if (address === '' && usesDistributor) {
    errors.push({
      field: 'distributorAddress',
      message: "Enter your distributor's e-mail address, or choose a Dahua address.",
    });
  }
  if (s.subjectTemplate.trim() === '')
    errors.push({ field: 'subjectTemplate', message: 'The subject cannot be empty.' });
  if (s.subjectTemplate.length > LIMITS.subject) {
    errors.push({
      field: 'subjectTemplate',
      message: `Keep the subject under ${LIMITS.subject} characters.`,
    });
  }
  if (s.bodyTemplate.trim() === '')
    errors.push({ field: 'bodyTemplate', message: 'The message cannot be empty.' });
  if (s.bodyTemplate.length > LIMITS.body) {
    errors.push({ field: 'bodyTemplate', message: `Keep the message under ${LIMITS.body} characters.` });
  }
  for (const field of ['subjectTemplate', 'bodyTemplate'] as const) {
    const unknown = placeholdersIn(s[field]).filter((n) => !isPlaceholderName(n));
    if (unknown.length > 0) {
      errors.push({
        field,
        message: `Unknown placeholder${unknown.length > 1 ? 's' : ''}: ${unknown.map((n) => `{{${n}}}`).join(', ')}.`,
      });
    }
  }
  for (const field of ['technicianName', 'company'] as const) {
    if (/[\r\n]/.test(s[field])) errors.push({ field, message: 'Use a single line.' });
    if (s[field].length > LIMITS.name)
      errors.push({ field, message: `Keep it under ${LIMITS.name} characters.` });
  }
  return { ok: errors.length === 0, errors };
}

/** Stored values are untrusted (older versions, manual edits): keep each field only if it has the right type. */
function fromStored(value: unknown): EmailSettings {
  const defaults = defaultEmailSettings();
  if (typeof value !== 'object' || value === null) return defaults;
  const v = value as Record<string, unknown>;
  const text = (key: keyof EmailSettings, max: number, fallback: string) =>
    typeof v[key] === 'string' && v[key].length <= max ? v[key] : fallback;
  const out: EmailSettings = {
    recipient: isChoice(v.recipient) ? v.recipient : defaults.recipient,
    distributorAddress: text('distributorAddress', LIMITS.address, ''),
    subjectTemplate: text('subjectTemplate', LIMITS.subject, defaults.subjectTemplate),
    bodyTemplate: text('bodyTemplate', LIMITS.body, defaults.bodyTemplate),
    technicianName: text('technicianName', LIMITS.name, ''),
    company: text('company', LIMITS.name, ''),
  };
  if (out.subjectTemplate.trim() === '') out.subjectTemplate = defaults.subjectTemplate;
  if (out.bodyTemplate.trim() === '') out.bodyTemplate = defaults.bodyTemplate;
  if (out.distributorAddress !== '' && !isValidEmail(out.distributorAddress)) out.distributorAddress = '';
  if (isChoice(v.lastRecipient)) out.lastRecipient = v.lastRecipient;
  return out;
}

export async function loadEmailSettings(store: KeyValueStore): Promise<EmailSettings> {
  const stored = await store.get<unknown>(EMAIL_SETTINGS_KEY);
  const envelope = stored as { schema?: unknown; settings?: unknown } | undefined;
  // A newer schema written by a newer build: read what is compatible rather than wipe it.
  return fromStored(envelope && typeof envelope === 'object' ? envelope.settings : undefined);
}

/** Saves valid settings; invalid ones are not saved and the errors say why. */
export async function saveEmailSettings(store: KeyValueStore, s: EmailSettings): Promise<SettingsValidation> {
  const clean: EmailSettings = { ...s, distributorAddress: s.distributorAddress.trim() };
  const validation = validateEmailSettings(clean);
  if (validation.ok) await store.set(EMAIL_SETTINGS_KEY, { schema: EMAIL_SETTINGS_SCHEMA, settings: clean });
  return validation;
}

/** Remembers the recipient picked when composing; returns the settings as now stored. */
export async function rememberRecipient(
  store: KeyValueStore,
  choice: RecipientChoice,
): Promise<EmailSettings> {
  const current = await loadEmailSettings(store);
  if (current.lastRecipient === choice) return current;
  const next = { ...current, lastRecipient: choice };
  await store.set(EMAIL_SETTINGS_KEY, { schema: EMAIL_SETTINGS_SCHEMA, settings: next });
  return next;
}

/** The recipient to preselect: the last one used, else the settings' default. */
export function preferredRecipient(s: EmailSettings): RecipientChoice {
  return s.lastRecipient ?? s.recipient;
}

export interface RecipientOption {
  choice: RecipientChoice;
  /** null for the distributor when no valid address is set. */
  address: string | null;
  label: string;
  /** Why (and when) to use it; for Dahua addresses, the provenance from the reference. */
  explanation: string;
  confidence: SupportAddress['confidence'] | 'yours';
}

/** The choices to offer, with their explanation, in the order to show them. */
export function recipientOptions(s: EmailSettings): RecipientOption[] {
  const dahua = (['rpwd-global', 'rpwd'] as const).map((id): RecipientOption => {
    const a = supportAddress(id);
    return {
      choice: id,
      address: a.address,
      label:
        id === 'rpwd-global'
          ? 'Dahua support (global, documented)'
          : 'Dahua support (alternative, unconfirmed)',
      explanation: a.explanation,
      confidence: a.confidence,
    };
  });
  const address = s.distributorAddress.trim();
  return [
    ...dahua,
    {
      choice: 'distributor',
      address: isValidEmail(address) ? address : null,
      label: 'My distributor',
      explanation:
        'Many distributors handle reset requests for the devices they sold, and may answer faster than Dahua. Set the address in settings.',
      confidence: 'yours',
    },
  ];
}

/** The address for a choice, or null (a distributor without a valid address). */
export function recipientAddress(
  s: EmailSettings,
  choice: RecipientChoice = preferredRecipient(s),
): string | null {
  return recipientOptions(s).find((o) => o.choice === choice)?.address ?? null;
}
