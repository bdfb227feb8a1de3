/**
 * Turns page signals into a verdict.
 *
 * - certain: a combination rule from rules.ts holds (strong structural evidence in
 *   attributes, form fields or inline code). No network request is needed.
 * - candidate: the summed weight reaches CANDIDATE_SCORE but no rule holds. The caller may
 *   confirm with ONE same-origin POST /RPC2_Login (shared/device/challenge.ts), so this level
 *   must stay out of reach for weak evidence: a "WEB SERVICE" title plus a password field
 *   (5) is not enough, a DDNS host plus a password field (6) is.
 * - none: anything else, and always when a negative signature (e.g. DVR Netview) matched.
 */
import { matchSignature } from './match';
import { CERTAIN_RULES, ruleHolds } from './rules';
import { PASSWORD_FIELD_ID, PASSWORD_FIELD_WEIGHT, SIGNATURES } from './signatures';
import type { Generation, PageBrand, PageSignals, Signature, Verdict } from './types';

export const CANDIDATE_SCORE = 6;

export function scoreSignals(signals: PageSignals, signatures: readonly Signature[] = SIGNATURES): Verdict {
  const hits = signatures.filter((signature) => matchSignature(signature, signals));
  const matched = hits.map((signature) => signature.id);
  let score = hits.reduce((sum, signature) => sum + signature.weight, 0);

  // A password input only strengthens other evidence; on its own it is every login page.
  const evidence = hits.some((signature) => signature.weight > 0);
  if (signals.hasPasswordField && evidence) {
    score += PASSWORD_FIELD_WEIGHT;
    matched.push(PASSWORD_FIELD_ID);
  }

  const vetoed = hits.some((signature) => signature.negative);
  const matchedSet = new Set(matched);
  const level = vetoed
    ? 'none'
    : CERTAIN_RULES.some((rule) => ruleHolds(rule, matchedSet))
      ? 'certain'
      : score >= CANDIDATE_SCORE
        ? 'candidate'
        : 'none';

  return { level, score, generation: pickGeneration(hits), brand: pickBrand(hits), matched };
}

/** The generation whose signatures carry the most weight; ties go to the newer UI. */
function pickGeneration(hits: readonly Signature[]): Generation | null {
  const order: Generation[] = ['web5', 'h5', 'web3', 'plugin'];
  const totals = new Map<Generation, number>();
  for (const hit of hits) {
    if (hit.generation && hit.weight > 0)
      totals.set(hit.generation, (totals.get(hit.generation) ?? 0) + hit.weight);
  }
  let best: Generation | null = null;
  for (const generation of order) {
    const total = totals.get(generation) ?? 0;
    if (total > 0 && (best === null || total > (totals.get(best) ?? 0))) best = generation;
  }
  return best;
}

/** The OEM named by the heaviest brand signature (first in data order on ties), else Dahua. */
function pickBrand(hits: readonly Signature[]): PageBrand {
  let best: Signature | null = null;
  for (const hit of hits) {
    if (hit.brand && (best === null || hit.weight > best.weight)) best = hit;
  }
  return best?.brand ?? 'Dahua';
}
