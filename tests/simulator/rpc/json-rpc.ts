/**
 * Dahua's JSON-RPC envelope (reference §1.4): `{"error":{code,message},"id","params","result","session"}`.
 * `result` is only a success flag; data lives in `params`. Keys are emitted in the order the
 * real devices use (alphabetical), which JSON.stringify keeps from insertion order.
 */

export const RPC_ERROR = {
  loginChallenge: 268632079,
  badPassword: 268632085,
  userLocked: 268632081,
  notInitialized: 268632086,
  invalidSession: 287637505,
  invalidRequest: 268894209,
  methodNotFound: 268894210,
} as const;

export interface RpcCall {
  method: string;
  params: unknown;
  id: number | string | null;
  session: unknown;
}

/** null when the body is not a JSON object with a string `method`. */
export function parseRpcCall(body: string): RpcCall | null {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (typeof o.method !== 'string') return null;
  const id = typeof o.id === 'number' || typeof o.id === 'string' ? o.id : null;
  return { method: o.method, params: o.params ?? null, id, session: o.session };
}

/** The request's `id`, if any can be recovered, for echoing in an error. */
export function idOf(call: RpcCall | null): number | string | null {
  return call ? call.id : null;
}

export function rpcOk(id: RpcCall['id'], params: unknown, session?: unknown): string {
  const out: Record<string, unknown> = { id, params, result: true };
  if (session !== undefined) out.session = session;
  return JSON.stringify(out);
}

export function rpcError(
  code: number,
  message: string,
  id: RpcCall['id'],
  extra: { params?: unknown; session?: unknown } = {},
): string {
  const out: Record<string, unknown> = { error: { code, message }, id };
  if (extra.params !== undefined) out.params = extra.params;
  out.result = false;
  if (extra.session !== undefined) out.session = extra.session;
  return JSON.stringify(out);
}

export function invalidRequest(id: RpcCall['id'] = null): string {
  return rpcError(RPC_ERROR.invalidRequest, 'Invalid request! ', id, { session: 0 });
}

export function methodNotFound(id: RpcCall['id']): string {
  return rpcError(RPC_ERROR.methodNotFound, 'Method not found!', id, { session: 0 });
}
