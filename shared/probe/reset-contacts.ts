/**
 * The `Find` letters of `DevInit.getStatus`: which reset contacts the recorder supports.
 *
 * Meanings (dahua-recorders.md §3.1 and fixture 03; the order matches NetSDK's
 * `byPwdResetWay` bits, §3.2):
 * - 'B' = e-mail: a reserved recovery e-mail receives the security code. Documented
 *   (dahua-rpc `DevInit.ts`, the Intelbras notes' captured answer "B" = email).
 * - 'A' = reserved phone number. Inferred: it comes before e-mail as bit 0 (phone) comes
 *   before bit 1 (e-mail) in `byPwdResetWay`; no source spells it out.
 * - 'C' and anything else: not documented. Shown as the letter, never guessed.
 */

export type ResetContactLetter = string;

export interface ResetContactMeaning {
  letter: ResetContactLetter;
  meaning: string;
  /** 'documented' when a source says so, 'inferred' for our reading, 'unknown' otherwise. */
  confidence: 'documented' | 'inferred' | 'unknown';
}

const MEANINGS: Record<string, Omit<ResetContactMeaning, 'letter'>> = {
  A: { meaning: 'reserved phone number (SMS)', confidence: 'inferred' },
  B: { meaning: 'reserved e-mail address', confidence: 'documented' },
};

/** 'AB' → ['A', 'B']: upper-case letters only, each once, in the device's order. */
export function resetContactLetters(find: string | null | undefined): ResetContactLetter[] {
  if (typeof find !== 'string') return [];
  const letters: string[] = [];
  for (const ch of find.toUpperCase().slice(0, 26)) {
    if (/^[A-Z]$/.test(ch) && !letters.includes(ch)) letters.push(ch);
  }
  return letters;
}

export function describeResetContact(letter: ResetContactLetter): ResetContactMeaning {
  const known = MEANINGS[letter.toUpperCase()];
  return known
    ? { letter: letter.toUpperCase(), ...known }
    : { letter: letter.toUpperCase(), meaning: 'not documented', confidence: 'unknown' };
}
