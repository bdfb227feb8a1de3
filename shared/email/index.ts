/** The support e-mail: settings, templates, compose links, .eml drafts, webmail detection. */
export { isValidEmail } from './address';
export { composeRequest, DEFAULT_ATTACHMENT_NAME, SEND_CHECKLIST } from './compose';
export type { ComposedRequest } from './compose';
export {
  COMPOSE_URL_MAX_LENGTH,
  encodeComponent,
  gmailComposeUrl,
  mailtoUrl,
  outlookComposeUrl,
  TRUNCATION_NOTE,
} from './compose-url';
export type { ComposeFields, ComposeUrl, ComposeUrlOptions } from './compose-url';
export { buildEml } from './eml';
export type { EmlAttachment, EmlInput } from './eml';
export { isPlaceholderName, PLACEHOLDER_NAMES, PLACEHOLDERS } from './placeholders';
export type { PlaceholderName, TemplateVars } from './placeholders';
export {
  defaultEmailSettings,
  EMAIL_SETTINGS_KEY,
  loadEmailSettings,
  preferredRecipient,
  RECIPIENT_CHOICES,
  recipientAddress,
  recipientOptions,
  rememberRecipient,
  saveEmailSettings,
  validateEmailSettings,
} from './settings';
export type {
  EmailSettings,
  RecipientChoice,
  RecipientOption,
  SettingsError,
  SettingsValidation,
} from './settings';
export {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_EXPORT_METHOD,
  DEFAULT_SUBJECT_TEMPLATE,
  formatExportedAt,
  MISSING_TEXT,
  placeholdersIn,
  renderTemplate,
} from './template';
export type { RenderedTemplate, RenderOptions } from './template';
export { detectWebmail, GMAIL_HOST, isOutlookHost, OUTLOOK_HOSTS, WEBMAIL_MATCH_PATTERNS } from './webmail';
export type { OutlookHost, Webmail } from './webmail';
