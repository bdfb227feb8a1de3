/**
 * The extension's settings (`resetCopilot.*`; scopes are declared in package.json):
 *
 * - `application` (the helper's own user settings, the same in every remote window): who the
 *   helper is and how their e-mails read — technicianName, company, subjectTemplate,
 *   bodyTemplate.
 * - `machine-overridable` (the site PC's remote settings; a workspace may refine them): what
 *   depends on the site — recipient, distributorAddress, probeTimeoutMs.
 * - `machine` (only the site PC's remote settings): allowSelfSignedHosts, addresses that only
 *   mean something on that LAN.
 *
 * recipient, distributorAddress and allowSelfSignedHosts are restricted in untrusted
 * workspaces (package.json `restrictedConfigurations`), so a cloned folder cannot redirect
 * the support e-mail or accept a certificate on the helper's behalf.
 */
import * as vscode from 'vscode';
import type { EmailSettings, RecipientChoice } from '../../shared/email/index';
import { defaultEmailSettings, RECIPIENT_CHOICES } from '../../shared/email/index';
import { SETTINGS } from './ids';

export interface Settings {
  /** Only the fields the helper set; unset ones fall back to the guide's saved e-mail settings. */
  email: Partial<EmailSettings>;
  probeTimeoutMs: number;
  allowSelfSignedHosts: string[];
}

export function readSettings(): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS);
  const text = (key: string, trim = true): string | undefined => {
    const value = config.get<unknown>(key);
    if (typeof value !== 'string') return undefined;
    const out = trim ? value.trim() : value;
    return out.trim() === '' ? undefined : out;
  };
  const email: Partial<EmailSettings> = {};
  const recipient = config.get<unknown>('recipient');
  if (typeof recipient === 'string' && (RECIPIENT_CHOICES as readonly string[]).includes(recipient)) {
    email.recipient = recipient as RecipientChoice;
  }
  const set = <K extends keyof EmailSettings>(key: K, value: EmailSettings[K] | undefined) => {
    if (value !== undefined) email[key] = value;
  };
  set('distributorAddress', text('distributorAddress'));
  set('subjectTemplate', text('subjectTemplate', false));
  set('bodyTemplate', text('bodyTemplate', false));
  set('technicianName', text('technicianName'));
  set('company', text('company'));

  const timeout = config.get<unknown>('probeTimeoutMs');
  const hosts = config.get<unknown>('allowSelfSignedHosts');
  return {
    email,
    probeTimeoutMs: typeof timeout === 'number' && timeout >= 100 && timeout <= 120_000 ? timeout : 5000,
    allowSelfSignedHosts: Array.isArray(hosts)
      ? hosts.filter((h): h is string => typeof h === 'string').map((h) => h.trim().toLowerCase())
      : [],
  };
}

/** VS Code settings over the e-mail settings saved from the guide, over the defaults. */
export function mergeEmailSettings(
  saved: EmailSettings | null,
  configured: Partial<EmailSettings>,
): EmailSettings {
  return { ...defaultEmailSettings(), ...(saved ?? {}), ...configured };
}

/** Remembers the helper's "allow this certificate" for one host, in the site PC's settings. */
export async function allowSelfSignedHost(host: string): Promise<void> {
  const current = readSettings().allowSelfSignedHosts;
  if (current.includes(host)) return;
  await vscode.workspace
    .getConfiguration(SETTINGS)
    .update('allowSelfSignedHosts', [...current, host], vscode.ConfigurationTarget.Global);
}
