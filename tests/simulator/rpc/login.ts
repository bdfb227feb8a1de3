/**
 * `POST /RPC2_Login`: the two-step `global.login` (reference §2).
 *
 * Step one (empty password) gets the real challenge shape. Step two is never accepted: the
 * simulator has no password to check, and the product must never log in anyway. It answers
 * "user/password not valid" with a decreasing `remainLoginTimes`, then locks like the device.
 */
import type { SimDevice } from '../devices';
import { authorizationFor, loginRealm, opaqueFor, randomFor, sessionFor } from '../derive';
import { LOCK_SECONDS, LOGIN_ATTEMPTS, type DeviceState } from './device-state';
import { RPC_ERROR, invalidRequest, methodNotFound, parseRpcCall, rpcError } from './json-rpc';

function passwordOf(params: unknown): string {
  if (!params || typeof params !== 'object') return '';
  const p = (params as Record<string, unknown>).password;
  return typeof p === 'string' ? p : '';
}

export function handleRpc2Login(
  device: SimDevice,
  state: DeviceState,
  body: string,
  now = Date.now(),
): string {
  const call = parseRpcCall(body);
  if (!call) return invalidRequest();
  if (call.method !== 'global.login') return methodNotFound(call.id);

  if (passwordOf(call.params) === '') {
    const n = ++state.challenges;
    const params: Record<string, unknown> = {
      authorization: authorizationFor(device),
      encryption: 'Default',
      mac: device.mac,
    };
    // IPC/XVR firmware of the Web5.0 era adds an opaque token (rroller #340/#344, Intelbras notes).
    if (device.generation === 'web5') params.opaque = opaqueFor(device, n);
    params.random = randomFor(device, n);
    params.realm = loginRealm(device);
    return rpcError(device.challengeCode, 'Component error: login challenge!', call.id, {
      params,
      session: sessionFor(device, n),
    });
  }

  const session = call.session ?? 0;
  if (!device.initialized) {
    return rpcError(RPC_ERROR.notInitialized, 'Component error: device not initialized!', call.id, {
      session,
    });
  }
  if (state.lockedUntil > now) {
    const remainLockSecond = Math.ceil((state.lockedUntil - now) / 1000);
    return rpcError(RPC_ERROR.userLocked, 'Component error: user has been locked!', call.id, {
      params: { remainLockSecond },
      session,
    });
  }
  if (state.lockedUntil !== 0) {
    // The lock has run out: the device gives the full number of attempts again.
    state.lockedUntil = 0;
    state.remainLoginTimes = LOGIN_ATTEMPTS;
  }
  state.remainLoginTimes = Math.max(0, state.remainLoginTimes - 1);
  if (state.remainLoginTimes === 0) state.lockedUntil = now + LOCK_SECONDS * 1000;
  return rpcError(RPC_ERROR.badPassword, 'Component error: password not valid!', call.id, {
    params: { remainLoginTimes: state.remainLoginTimes },
    session,
  });
}
