/**
 * E-mail address check for addresses the technician types (the distributor's). Deliberately
 * narrower than RFC 5322: no display names, comments, quoted local parts, spaces, commas or
 * semicolons, so a typed value can never smuggle a second recipient or a header into a compose
 * URL or an .eml file.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function isValidEmail(value: string): boolean {
  if (value.length === 0 || value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at !== value.indexOf('@')) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  // A dotless domain is valid on an intranet but is always a typo for a distributor.
  return (
    labels.length >= 2 && labels.every((l) => LABEL.test(l)) && /[A-Za-z]/.test(labels[labels.length - 1]!)
  );
}
