/** Public surface of the page detector (see each module for the why). */
export { collectPageSignals } from './collect';
export { quickGate, WATCH_LIMIT_MS, type GateDecision } from './gate';
export { scoreSignals, CANDIDATE_SCORE } from './score';
export { readIdentityFromDom, type DomIdentity } from './dom-identity';
export { SIGNATURES } from './signatures';
export { CERTAIN_RULES } from './rules';
export { LIMITS } from './limits';
export type {
  Generation,
  PageBrand,
  PageSignals,
  Signature,
  SignatureWhere,
  Verdict,
  VerdictLevel,
} from './types';
