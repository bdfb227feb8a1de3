/**
 * Grammars for what identifies a Dahua-made device (reference §5), used to validate values
 * read from the login challenge or from the page before they are shown or reused.
 */

/** Observed serials are 13–17 upper-case alphanumerics, 15 typical (reference §5.2). */
export const SERIAL = /^[0-9A-Z]{13,17}$/;

/** Optional brand prefix on models: DH- (Dahua) or DHI- (international channel). */
export const MODEL_PREFIX = /^(?:DHI?|DH)-/;

/**
 * Any plausible model name, for values that sit under a "Model" label: OEM models such as
 * Amcrest `NV4108E-HS` or Lorex `N841A82` do not carry a Dahua family name.
 */
export const LABELLED_MODEL = /^(?=[0-9A-Z/-]*\d)(?=[0-9A-Z/-]*[A-Z])[0-9A-Z]+(?:[-/][0-9A-Z]+){0,6}$/;

/**
 * A Dahua recorder model (optional DH-/DHI-, a family, series/channel/suffix parts), findable
 * inside a longer text (footers such as "DHI-NVR5232-4KS2 | V4.002…").
 */
export const RECORDER_MODEL_IN_TEXT =
  /\b(?:DHI?-)?(?:NVR|XVR|HCVR|DVR|IVSS|EVS|MXVR)\d[0-9A-Z]*(?:-[0-9A-Z]+)*(?:\/[0-9A-Z]+)?\b/;

/**
 * Firmware: `4.002.0000000.8.R`, `V4.001.0000000.1.R.201126`, `2.800.00IB00C.0.T`, optionally
 * followed by a build date (`,build:2020-06-05`, `Build Date: 2021-05-10`).
 */
export const FIRMWARE_IN_TEXT =
  /\bV?\d\.\d{3}\.[0-9A-Z]{7}\.\d+\.[A-Z](?:\.\d{6})?(?:\s*,?\s*build(?:\s*date)?\s*[:：]?\s*\d{4}-\d{2}-\d{2})?/i;

/** 'AA:BB:CC:DD:EE:FF' from 12 hex digits with or without ':' '-' '.' separators, else null. */
export function normaliseMac(raw: string): string | null {
  const trimmed = raw.trim();
  // Either no separators at all, or one separator kind between every pair / quad.
  if (
    !/^(?:[0-9A-Fa-f]{12}|[0-9A-Fa-f]{2}(?:[:-][0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{4}(?:\.[0-9A-Fa-f]{4}){2})$/.test(
      trimmed,
    )
  ) {
    return null;
  }
  const hex = trimmed.replace(/[^0-9A-Fa-f]/g, '').toUpperCase();
  return hex.match(/../g)!.join(':');
}
