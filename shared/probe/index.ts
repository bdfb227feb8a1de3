/** Public surface of the recorder probe (see each module for the why). */
export { probeRecorder, readResetStatus, DEFAULT_PROBE_TIMEOUT_MS } from './probe';
export { normaliseAddress, AddressError, type RecorderAddress } from './address';
export { isPrivateHost } from './private-host';
export { signalsFromHtml } from './html-signals';
export { describeNetworkError, type NetworkFailure, type NetworkProblem } from './network-error';
export { resetContactLetters, describeResetContact, type ResetContactMeaning } from './reset-contacts';
export { formatProbeReport } from './report';
export type { ProbeOptions, ProbeResult } from './types';
