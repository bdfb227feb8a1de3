/** POST /RPC2_Login (reference §2), /RPC2 and malformed calls, over real HTTP. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICES } from '../../simulator/devices';
import { startSimulator, type Simulator } from '../../simulator/server';
import { FIRST_LOGIN, rawHeader, rawRequest, rpc } from './http-client';

const SERIAL_REALM = /^Login to ([0-9A-Z]{8,20})$/;
const HIDDEN_REALM = /^Login to [0-9a-f]{32}$/;

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

describe('first call (empty password): the login challenge', () => {
  for (const d of DEFAULT_DEVICES) {
    it(`${d.id}: real challenge shape, code ${d.challengeCode}, ${d.realm} realm`, async () => {
      const clientType = d.generation === 'web5' ? 'Web5.0' : 'Web3.0';
      const r = await rpc(sim.originOf(d.id), '/RPC2_Login', { ...FIRST_LOGIN(clientType), id: 7 });
      expect(Object.keys(r)).toEqual(['error', 'id', 'params', 'result', 'session']);
      expect(r.error).toEqual({ code: d.challengeCode, message: 'Component error: login challenge!' });
      expect(r.id).toBe(7);
      expect(r.result).toBe(false);
      expect(r.params.encryption).toBe('Default');
      expect(r.params.authorization).toMatch(/^[0-9a-f]{40}$/);
      expect(r.params.mac).toMatch(/^[0-9A-F]{12}$/);
      expect(r.params.mac).toBe(d.mac);
      expect(r.params.random).toMatch(/^\d{1,10}$/);
      if (d.realm === 'serial') {
        expect(SERIAL_REALM.exec(r.params.realm)?.[1]).toBe(d.serial);
        expect(typeof r.session).toBe('number');
      } else {
        expect(r.params.realm).toMatch(HIDDEN_REALM);
        expect(r.params.realm).not.toContain(d.serial);
        expect(r.session).toMatch(/^[0-9a-f]{32}$/);
      }
      if (d.generation === 'web5') expect(r.params.opaque).toMatch(/^[0-9a-f]{40}$/);
      else expect(r.params).not.toHaveProperty('opaque');
    });
  }

  it('keeps realm and authorization stable per device but changes random and session per call', async () => {
    const origin = sim.originOf('dahua-nvr-h5');
    const a = await rpc(origin, '/RPC2_Login', FIRST_LOGIN());
    const b = await rpc(origin, '/RPC2_Login', FIRST_LOGIN());
    expect(b.params.realm).toBe(a.params.realm);
    expect(b.params.authorization).toBe(a.params.authorization);
    expect(b.params.random).not.toBe(a.params.random);
    expect(b.session).not.toBe(a.session);
    const other = await rpc(sim.originOf('dahua-xvr-web5'), '/RPC2_Login', FIRST_LOGIN('Web5.0'));
    expect(other.params.realm).not.toBe(a.params.realm);
  });

  it('answers with JSON and the Dahua header quirks', async () => {
    const res = await rawRequest(sim.originOf('dahua-nvr-web3'), '/RPC2_Login', {
      method: 'POST',
      body: JSON.stringify(FIRST_LOGIN()),
    });
    expect(res.status).toBe(200);
    expect(rawHeader(res.rawHeaders, 'CONTENT-TYPE')).toBe('application/json; charset=utf-8');
    expect(rawHeader(res.rawHeaders, 'CONNECTION')).toBe('close');
    expect(rawHeader(res.rawHeaders, 'Etag')).toMatch(/^"\d+:\d+"$/);
    expect(res.rawHeaders.some((v, i) => i % 2 === 0 && v.toLowerCase() === 'server')).toBe(false);
  });
});

describe('second call: never accepted, counts down, then locks', () => {
  const id = 'dahua-nvr-web3';
  beforeEach(() => sim.resetDeviceState(id));

  async function secondCall(n: number) {
    const origin = sim.originOf(id);
    const first = await rpc(origin, '/RPC2_Login', FIRST_LOGIN());
    return rpc(origin, '/RPC2_Login', {
      method: 'global.login',
      params: {
        userName: 'admin',
        password: 'D5CB53031D09A26D4175621AED5B7ED5',
        clientType: 'Web3.0',
        loginType: 'Direct',
        authorityType: 'Default',
      },
      id: n,
      session: first.session,
    }).then((r) => ({ r, session: first.session }));
  }

  it('answers 268632085 with remainLoginTimes 4, 3, 2, 1, 0 and then 268632081 locked', async () => {
    const remaining: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { r, session } = await secondCall(i + 2);
      expect(r.error.code).toBe(268632085);
      expect(r.result).toBe(false);
      expect(r.session).toBe(session);
      expect(r.id).toBe(i + 2);
      remaining.push(r.params.remainLoginTimes);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0]);
    const { r } = await secondCall(9);
    expect(r.error.code).toBe(268632081);
    expect(r.params.remainLockSecond).toBeGreaterThan(290);
    expect(r.params.remainLockSecond).toBeLessThanOrEqual(300);
  });

  it('resetDeviceState gives the attempts back', async () => {
    await secondCall(2);
    sim.resetDeviceState(id);
    expect((await secondCall(3)).r.params.remainLoginTimes).toBe(4);
  });

  it('a factory-fresh device answers 268632086 (not initialised)', async () => {
    const origin = sim.originOf('dahua-nvr-uninit');
    const r = await rpc(origin, '/RPC2_Login', {
      method: 'global.login',
      params: { userName: 'admin', password: 'ABCDEF', clientType: 'Web3.0', loginType: 'Direct' },
      id: 2,
    });
    expect(r.error.code).toBe(268632086);
  });
});

describe('malformed and other calls', () => {
  it('non-JSON → 268894209 invalid request', async () => {
    const r = await rpc(sim.originOf('dahua-nvr-h5'), '/RPC2_Login', 'userName=admin&password=');
    expect(r.error.code).toBe(268894209);
    expect(r.result).toBe(false);
  });

  it('JSON without a method → 268894209', async () => {
    const r = await rpc(sim.originOf('dahua-nvr-h5'), '/RPC2_Login', { params: {}, id: 3 });
    expect(r.error.code).toBe(268894209);
  });

  it('another method on /RPC2_Login → 268894210 method not found, id echoed', async () => {
    const r = await rpc(sim.originOf('dahua-nvr-h5'), '/RPC2_Login', {
      method: 'magicBox.getSerialNo',
      params: null,
      id: 12,
    });
    expect(r.error.code).toBe(268894210);
    expect(r.id).toBe(12);
  });

  it('/RPC2 → 287637505 invalid session', async () => {
    const r = await rpc(sim.originOf('amcrest-nvr'), '/RPC2', {
      method: 'magicBox.getSerialNo',
      params: null,
      id: 5,
      session: 1234,
    });
    expect(r.error.code).toBe(287637505);
    expect(r.id).toBe(5);
    expect(r.session).toBe(1234);
  });

  it('GET /RPC2_Login is not an endpoint (404)', async () => {
    const res = await rawRequest(sim.originOf('amcrest-nvr'), '/RPC2_Login');
    expect(res.status).toBe(404);
  });
});
