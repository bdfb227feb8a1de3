/**
 * One rule for the extension and `probe`: the device's answer to the single challenge wins
 * over page text (issue 17: a "WEB SERVICE" look-alike answered 404 with HTML and was badged).
 * - confirmed: a Dahua-shaped challenge answer, whatever the page level.
 * - unconfirmed: a certain page whose answer is absent (network error, timeout).
 * - rejected: any clear non-Dahua answer (404, 405, HTML, other JSON), or a candidate without
 *   a Dahua answer.
 */
import type { VerdictLevel } from './types';

export type ChallengeAnswer = { kind: 'absent' } | { kind: 'answered'; status: number; dahuaShaped: boolean };

export type Decision = 'confirmed' | 'unconfirmed' | 'rejected';

export function decideByAnswer(level: VerdictLevel, answer: ChallengeAnswer): Decision {
  if (level === 'none') return 'rejected';
  if (answer.kind === 'answered') return answer.dahuaShaped ? 'confirmed' : 'rejected';
  return level === 'certain' ? 'unconfirmed' : 'rejected';
}

/** probe --json's `dahua`: true, false, or null for "probably, not confirmed". */
export function dahuaFlag(decision: Decision): boolean | null {
  return decision === 'confirmed' ? true : decision === 'unconfirmed' ? null : false;
}
