/**
 * Which webmail a tab shows. Exact host names only: `mail.google.com.example.net` is not Gmail.
 * Outlook on the web lives on four hosts (business mail moved to outlook.cloud.microsoft from
 * late 2025, the older hosts redirect; personal accounts use outlook.live.com).
 */

export type Webmail = 'gmail' | 'outlook';

export const GMAIL_HOST = 'mail.google.com';

export const OUTLOOK_HOSTS = [
  'outlook.cloud.microsoft',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
] as const;

export type OutlookHost = (typeof OUTLOOK_HOSTS)[number];

/** Content-script `matches` for the webmail drivers: these hosts and nothing else. */
export const WEBMAIL_MATCH_PATTERNS: readonly string[] = [GMAIL_HOST, ...OUTLOOK_HOSTS].map(
  (h) => `https://${h}/*`,
);

export function isOutlookHost(host: string): host is OutlookHost {
  return (OUTLOOK_HOSTS as readonly string[]).includes(host);
}

/**
 * 'gmail', 'outlook' or null. http: is accepted as well as https: so local test pages served
 * under these names work; the real services always redirect to https.
 */
export function detectWebmail(url: string): Webmail | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  const host = parsed.hostname.toLowerCase().replace(/\.$/, '');
  if (host === GMAIL_HOST) return 'gmail';
  if (isOutlookHost(host)) return 'outlook';
  return null;
}
