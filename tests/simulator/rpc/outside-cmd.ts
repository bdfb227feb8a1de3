/**
 * `POST /OutsideCmd`: the unauthenticated pre-login RPCs (reference §3.1). Only the two the
 * product reads are implemented; everything else is "method not found".
 */
import type { SimDevice } from '../devices';
import { maskEmail } from '../derive';
import { buildResetPayload } from '../qr-payload';
import type { DeviceState } from './device-state';
import { RPC_ERROR, invalidRequest, methodNotFound, parseRpcCall, rpcError, rpcOk } from './json-rpc';

/**
 * `Init` as in the real Intelbras answer (3210 = 0xC8A): low 2 bits 1 factory / 2 initialised,
 * bits 2–3 P2P access, bits 6–7 reset supported (2) or not (1), plus high bits seen on devices.
 */
export function initStatus(d: SimDevice): number {
  const resetSupported = d.email !== '' || d.find !== '' || d.xmlReset || d.secretQuestions;
  return 0xc00 | ((resetSupported ? 2 : 1) << 6) | (2 << 2) | (d.initialized ? 2 : 1);
}

/** NetSDK byPwdResetWay: bit 0 phone, bit 1 e-mail, bit 2 XML file, bit 3 security questions. */
export function pwdResetWay(d: SimDevice): number {
  let way = 0;
  if (d.find.includes('A')) way |= 1 << 0;
  if (d.email !== '') way |= 1 << 1;
  if (d.xmlReset) way |= 1 << 2;
  if (d.secretQuestions) way |= 1 << 3;
  return way;
}

export interface OutsideCmdResult {
  body: string;
  /** Set when a reset blob was issued, so the simulator can record it. */
  issuedPayload?: { counter: number; payload: string };
}

export function handleOutsideCmd(device: SimDevice, state: DeviceState, body: string): OutsideCmdResult {
  const call = parseRpcCall(body);
  if (!call) return { body: invalidRequest() };

  switch (call.method) {
    case 'DevInit.getStatus':
      return {
        body: rpcOk(call.id, {
          Find: device.find,
          Init: initStatus(device),
          PwdResetWay: pwdResetWay(device),
          SecretQuestion: device.secretQuestions,
        }),
      };
    case 'PasswdFind.getDescript': {
      if (!device.initialized) {
        return { body: rpcError(RPC_ERROR.notInitialized, 'Device not initialized!', call.id) };
      }
      const counter = ++state.descripts;
      const payload = buildResetPayload(device, counter);
      return {
        body: rpcOk(call.id, {
          contactEmail: maskEmail(device.email),
          contactPhone: '',
          desc: payload,
          mode: 2,
        }),
        issuedPayload: { counter, payload },
      };
    }
    default:
      return { body: methodNotFound(call.id) };
  }
}
