/** POST /OutsideCmd: DevInit.getStatus and PasswdFind.getDescript (reference §3). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICES } from '../../simulator/devices';
import { RESET_QR } from '../../simulator/qr-payload';
import { startSimulator, type Simulator } from '../../simulator/server';
import { rpc } from './http-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

const getStatus = (id: string) =>
  rpc(sim.originOf(id), '/OutsideCmd', { method: 'DevInit.getStatus', params: null, id: 1 });
const getDescript = (id: string, n = 2) =>
  rpc(sim.originOf(id), '/OutsideCmd', {
    method: 'PasswdFind.getDescript',
    params: { name: 'admin' },
    id: n,
  });

describe('DevInit.getStatus', () => {
  for (const d of DEFAULT_DEVICES) {
    it(`${d.id}: Init low bits ${d.initialized ? 2 : 1}, Find "${d.find}", reset ways`, async () => {
      const r = await getStatus(d.id);
      expect(r.result).toBe(true);
      expect(r.id).toBe(1);
      const p = r.params;
      expect(p.Init & 0b11).toBe(d.initialized ? 2 : 1);
      // Realistic high bits, as the real 3210 (0xC8A).
      expect(p.Init).toBeGreaterThan(0xff);
      expect(p.Find).toBe(d.find);
      expect(p.SecretQuestion).toBe(d.secretQuestions);
      expect((p.PwdResetWay & 0b100) !== 0).toBe(d.xmlReset);
      expect((p.PwdResetWay & 0b10) !== 0).toBe(d.email !== '');
      expect((p.PwdResetWay & 0b1000) !== 0).toBe(d.secretQuestions);
    });
  }

  it('reports the real Intelbras Init value for an initialised device with reset support', async () => {
    expect((await getStatus('dahua-nvr-h5')).params.Init).toBe(3210);
  });

  it('says "reset not supported" (bits 6–7 = 1) for the old device with no reset contact', async () => {
    const p = (await getStatus('dahua-hcvr-plugin')).params;
    expect((p.Init >> 6) & 0b11).toBe(1);
    expect(p.PwdResetWay).toBe(0);
  });
});

describe('PasswdFind.getDescript', () => {
  it('returns the QR payload layout with a Dahua vendor id for Dahua devices', async () => {
    for (const id of ['dahua-nvr-web3', 'dahua-hcvr-plugin']) {
      const r = await getDescript(id);
      const m = RESET_QR.exec(r.params.desc);
      expect(m, r.params.desc).not.toBeNull();
      expect(m?.[2]).toBe('A1');
    }
    for (const id of ['dahua-nvr-h5', 'dahua-xvr-web5']) {
      expect(RESET_QR.exec((await getDescript(id)).params.desc)?.[2]).toBe('A2');
    }
  });

  it('uses B1/B2 for OEM rebrands', async () => {
    expect(RESET_QR.exec((await getDescript('amcrest-nvr')).params.desc)?.[2]).toBe('B1');
    expect(RESET_QR.exec((await getDescript('lorex-nvr')).params.desc)?.[2]).toBe('B2');
  });

  it('has the real answer shape: masked e-mail, empty phone, mode 2, ~300-byte ciphertext', async () => {
    const r = await getDescript('dahua-nvr-web3', 42);
    expect(r.result).toBe(true);
    expect(r.id).toBe(42);
    expect(Object.keys(r.params)).toEqual(['contactEmail', 'contactPhone', 'desc', 'mode']);
    expect(r.params.contactEmail).toBe('j***@example.com');
    expect(r.params.contactPhone).toBe('');
    expect(r.params.mode).toBe(2);
    const cipher = Buffer.from(RESET_QR.exec(r.params.desc)?.[4] ?? '', 'base64');
    expect(cipher.length).toBeGreaterThanOrEqual(256);
    expect(cipher.length).toBeLessThanOrEqual(400);
    // Random-looking: many distinct byte values.
    expect(new Set(cipher).size).toBeGreaterThan(150);
  });

  it('reports an empty contactEmail when none is reserved', async () => {
    expect((await getDescript('dahua-hcvr-plugin')).params.contactEmail).toBe('');
  });

  it('yields a fresh payload on every call (same purpose, vendor and key id) and records each', async () => {
    const before = sim.descripts.length;
    const a = (await getDescript('dahua-nvr-h5')).params.desc as string;
    const b = (await getDescript('dahua-nvr-h5')).params.desc as string;
    expect(a).not.toBe(b);
    expect(RESET_QR.exec(a)?.slice(1, 4)).toEqual(RESET_QR.exec(b)?.slice(1, 4));
    const issued = sim.descripts.slice(before);
    expect(issued.map((x) => x.payload)).toEqual([a, b]);
    expect(issued.every((x) => x.deviceId === 'dahua-nvr-h5' && x.via === 'rpc')).toBe(true);
  });

  it('refuses on a factory-fresh device (nothing to reset)', async () => {
    const r = await getDescript('dahua-nvr-uninit');
    expect(r.result).toBe(false);
    expect(r.error.code).toBe(268632086);
  });
});

describe('other /OutsideCmd calls', () => {
  it('answers unknown methods with 268894210 method not found', async () => {
    const r = await rpc(sim.originOf('dahua-nvr-h5'), '/OutsideCmd', {
      method: 'PasswdFind.resetPassword',
      params: {},
      id: 9,
    });
    expect(r.error.code).toBe(268894210);
    expect(r.id).toBe(9);
  });

  it('answers malformed JSON with 268894209', async () => {
    const r = await rpc(sim.originOf('dahua-nvr-h5'), '/OutsideCmd', '{"method":');
    expect(r.error.code).toBe(268894209);
  });
});
