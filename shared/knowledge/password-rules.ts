/**
 * The admin password rules of the Device Initialization wizard, checked before the technician
 * types a password into the recorder, because the recorder rejects it with a vague message.
 */

export interface PasswordCheck {
  ok: boolean;
  problems: string[];
}

/** Characters the wizard refuses. */
export const FORBIDDEN_PASSWORD_CHARS: readonly string[] = ["'", '"', ';', ':', '&'];

export function checkAdminPassword(password: string): PasswordCheck {
  const problems: string[] = [];
  // Count code points, not UTF-16 units, so an emoji is one character as the user sees it.
  const length = [...password].length;
  if (length < 8 || length > 32) problems.push('Use 8 to 32 characters.');
  const classes = [/[A-Za-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (classes < 2) problems.push('Use at least two of: letters, digits, symbols.');
  const bad = FORBIDDEN_PASSWORD_CHARS.filter((c) => password.includes(c));
  if (bad.length > 0) problems.push(`Remove ${bad.join(' ')}: the recorder does not accept them.`);
  return { ok: problems.length === 0, problems };
}
