/**
 * Plain-language reasons for a request that got no HTTP answer.
 *
 * The HttpClient interface says nothing about errors, so this reads the `code` Node puts on
 * socket and TLS errors (ECONNREFUSED, DEPTH_ZERO_SELF_SIGNED_CERT, …), which the Node client
 * passes through unchanged. A self-signed certificate is singled out because the fix is a
 * decision the helper makes for that one host (`--insecure`, or "Allow" in VS Code).
 */

export type NetworkFailure =
  'timeout' | 'refused' | 'unreachable' | 'dns' | 'tls-untrusted' | 'tls' | 'reset' | 'other';

export interface NetworkProblem {
  kind: NetworkFailure;
  message: string;
  /** The underlying code, e.g. 'ECONNREFUSED', when there was one. */
  code: string | null;
}

const UNTRUSTED_CERT = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

export function describeNetworkError(error: unknown, target: string): NetworkProblem {
  const code = errorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  switch (true) {
    case code === 'ETIMEDOUT' ||
      code === 'ESOCKETTIMEDOUT' ||
      code === 'ABORT_ERR' ||
      /timed? ?out/i.test(detail):
      return {
        kind: 'timeout',
        code,
        message: `${target} did not answer in time (nothing there, or a firewall drops the traffic).`,
      };
    case code === 'ECONNREFUSED':
      return {
        kind: 'refused',
        code,
        message: `${target} refused the connection (the host is up, but nothing listens on that port).`,
      };
    case code === 'EHOSTUNREACH' ||
      code === 'ENETUNREACH' ||
      code === 'EHOSTDOWN' ||
      code === 'ENETDOWN' ||
      code === 'EADDRNOTAVAIL':
      return {
        kind: 'unreachable',
        code,
        message: `${target} is not reachable from this computer (${code}). Is this PC on the recorder's network?`,
      };
    case code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME' || code === 'EAI_FAIL':
      return {
        kind: 'dns',
        code,
        message: `${target}: the host name does not resolve (${code}). Try the recorder's IP address.`,
      };
    case code !== null && UNTRUSTED_CERT.has(code):
      return {
        kind: 'tls-untrusted',
        code,
        message: `${target} uses a certificate this computer does not trust (${code}); recorders usually ship a self-signed one. Allow it for this host only if you know the device.`,
      };
    case code !== null &&
      (code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code.startsWith('EPROTO')):
      return {
        kind: 'tls',
        code,
        message: `${target}: the secure connection failed (${code}). Try http:// instead of https://.`,
      };
    case code === 'ECONNRESET' ||
      code === 'EPIPE' ||
      code === 'HPE_INVALID_CONSTANT' ||
      (code?.startsWith('HPE_') ?? false):
      return {
        kind: 'reset',
        code,
        message: `${target} closed the connection without a valid HTTP answer (${code}).`,
      };
    default:
      return { kind: 'other', code, message: `${target}: ${detail}` };
  }
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  // fetch() wraps the socket error in `cause`.
  const cause = (error as { cause?: unknown }).cause;
  return cause && cause !== error ? errorCode(cause) : null;
}
