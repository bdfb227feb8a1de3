/**
 * The reset QR: payload layout (reference §3.3) and the server-rendered PNG. Without a QR
 * decoder library the test reads the module grid back out of the PNG's pixels and compares
 * it with the symbol `qrcode` builds for the payload: equal grids mean equal content.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { DEFAULT_DEVICES, type SimDevice } from '../../simulator/devices';
import { RESET_QR, buildResetPayload, keyIdFor, vendorIdFor } from '../../simulator/qr-payload';
import { startSimulator, type Simulator } from '../../simulator/server';
import { get, rawHeader, rpc } from './http-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

const device = (id: string): SimDevice => DEFAULT_DEVICES.find((d) => d.id === id) as SimDevice;

/** Dark/light grid read from a PNG drawn with margin 4 and scale 4 (pixel centre of each module). */
function readGrid(png: PNG, scale = 4, margin = 4): boolean[][] {
  const size = png.width / scale - margin * 2;
  const grid: boolean[][] = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) {
      const x = (c + margin) * scale + scale / 2;
      const y = (r + margin) * scale + scale / 2;
      row.push((png.data[(png.width * y + x) << 2] ?? 255) < 128);
    }
    grid.push(row);
  }
  return grid;
}

function expectedGrid(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return Array.from({ length: modules.size }, (_, r) =>
    Array.from({ length: modules.size }, (_, c) => Boolean(modules.get(r, c))),
  );
}

describe('buildResetPayload', () => {
  it('matches [4 purpose][vendor][8 key id][Base64] for every default device', () => {
    for (const d of DEFAULT_DEVICES) {
      const m = RESET_QR.exec(buildResetPayload(d, 1));
      expect(m, d.id).not.toBeNull();
      expect(m?.[2]).toBe(vendorIdFor(d));
      expect(m?.[3]).toBe(keyIdFor(d));
      expect(m?.[3]).toHaveLength(8);
    }
  });

  it('is deterministic per device and counter, and differs between devices and counters', () => {
    const d = device('dahua-nvr-h5');
    expect(buildResetPayload(d, 3)).toBe(buildResetPayload({ ...d }, 3));
    expect(buildResetPayload(d, 3)).not.toBe(buildResetPayload(d, 4));
    expect(buildResetPayload(d, 3)).not.toBe(buildResetPayload(device('lorex-nvr'), 3));
  });

  it('is 300–400 characters, like the NetSDK "QR info 300–400 bytes"', () => {
    const len = buildResetPayload(device('dahua-nvr-web3'), 1).length;
    expect(len).toBeGreaterThanOrEqual(300);
    expect(len).toBeLessThanOrEqual(400);
  });

  it('vendor id: Dahua A1 (old UIs) / A2 (new), rebrands B1 / B2', () => {
    const base = device('dahua-nvr-web3');
    expect(vendorIdFor(base)).toBe('A1');
    expect(vendorIdFor({ ...base, generation: 'h5' })).toBe('A2');
    expect(vendorIdFor({ ...base, brand: 'Intelbras' })).toBe('B1');
    expect(vendorIdFor({ ...base, brand: 'IMOU', generation: 'web5' })).toBe('B2');
  });
});

describe('GET /__sim/qr.png', () => {
  it('renders a valid PNG whose module grid is the QR symbol of the payload', async () => {
    const payload = (
      await rpc(sim.originOf('dahua-nvr-h5'), '/OutsideCmd', {
        method: 'PasswdFind.getDescript',
        params: { name: 'admin' },
        id: 1,
      })
    ).params.desc as string;
    const res = await get(sim.originOf('dahua-nvr-h5'), `/__sim/qr.png?d=${encodeURIComponent(payload)}`);
    expect(res.status).toBe(200);
    expect(rawHeader(res.rawHeaders, 'CONTENT-TYPE')).toBe('image/png');
    const png = PNG.sync.read(res.body);
    expect(png.width).toBe(png.height);
    // A ~400-char payload needs a version ~15 symbol (77 modules): 4 px each plus the quiet zone.
    expect(png.width).toBeGreaterThanOrEqual(250);
    expect(png.width).toBeLessThanOrEqual(600);
    expect(png.width % 4).toBe(0);
    const grid = readGrid(png);
    expect(grid).toEqual(expectedGrid(payload));
    // And not the symbol of some other payload.
    expect(grid).not.toEqual(expectedGrid(`${payload.slice(0, -4)}AAAA`));
  });

  it('is also served by the hub', async () => {
    const res = await get(sim.hub, `/__sim/qr.png?d=${encodeURIComponent('0001A1ABCDEF01QUJD')}`);
    expect(res.status).toBe(200);
    expect(readGrid(PNG.sync.read(res.body))).toEqual(expectedGrid('0001A1ABCDEF01QUJD'));
  });

  it('answers 400 without a payload or with an absurdly long one', async () => {
    expect((await get(sim.originOf('dahua-nvr-h5'), '/__sim/qr.png')).status).toBe(400);
    expect((await get(sim.originOf('dahua-nvr-h5'), `/__sim/qr.png?d=${'A'.repeat(3000)}`)).status).toBe(400);
  });
});
