/**
 * GET /__sim/local-gui: the HDMI screen drawn only on a <canvas>. Pixel content is for the
 * e2e OCR tests; here: no device value leaks into the DOM or source, the drawing data is
 * the device table's, and the page is deterministic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Window } from 'happy-dom';
import QRCode from 'qrcode';
import { DEFAULT_DEVICES, type SimDevice } from '../../simulator/devices';
import { macWithColons } from '../../simulator/derive';
import { versionRows } from '../../simulator/pages/local-gui';
import { buildResetPayload } from '../../simulator/qr-payload';
import { startSimulator, type Simulator } from '../../simulator/server';
import { get } from './http-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

const device = (id: string): SimDevice => DEFAULT_DEVICES.find((d) => d.id === id) as SimDevice;

/** Unscrambles the page's drawing data (white-box: what the canvas script will paint). */
function drawingData(html: string): Record<string, any> {
  const m = /\}\)\((\d+), \[([\d,]+)\]\);/.exec(html);
  if (!m) throw new Error('no drawing call');
  const key = Number(m[1]);
  const json = (m[2] ?? '')
    .split(',')
    .map((n) => String.fromCharCode(Number(n) ^ key))
    .join('');
  return JSON.parse(json) as Record<string, any>;
}

describe('info screen', () => {
  for (const d of DEFAULT_DEVICES) {
    it(`${d.id}: only a canvas, no device values anywhere in the page source`, async () => {
      const res = await get(sim.originOf(d.id), '/__sim/local-gui');
      expect(res.status).toBe(200);
      const doc = new new Window().DOMParser().parseFromString(res.text, 'text/html');
      expect(doc.querySelectorAll('canvas')).toHaveLength(1);
      expect(doc.body.textContent?.replace(/\s+/g, '').replace(/\(function[\s\S]*$/, '')).toBe('');
      for (const secret of [
        d.serial,
        d.model,
        d.mac,
        macWithColons(d.mac),
        d.firmware,
        d.buildDate,
        d.serial.toLowerCase(),
      ]) {
        expect(res.text).not.toContain(secret);
      }
      for (const attr of doc.documentElement.getAttributeNames())
        expect(attr.startsWith('data-')).toBe(false);
    });
  }

  it('draws model, serial, MAC and firmware with build date from the device table', async () => {
    const d = device('dahua-nvr-h5');
    const data = drawingData((await get(sim.originOf(d.id), '/__sim/local-gui?screen=info')).text);
    expect(data.screen).toBe('info');
    expect(data.rows).toEqual(versionRows(d));
    const rows = Object.fromEntries(data.rows as [string, string][]);
    expect(rows['Device Model']).toBe('DHI-NVR5232-4KS2');
    expect(rows['Serial No.']).toBe(d.serial);
    expect(rows['MAC Address']).toBe('BC:32:5F:7A:09:D2');
    expect(rows['System Version']).toBe('V4.002.0000000.8.R, Build Date: 2021-03-19');
  });

  it('honours w/h and theme, and clamps nonsense', async () => {
    const origin = sim.originOf('dahua-nvr-web3');
    const small = await get(origin, '/__sim/local-gui?w=1280&h=1024&theme=light');
    expect(small.text).toContain('<canvas id="screen" width="1280" height="1024">');
    expect(drawingData(small.text).theme).toBe('light');
    const big = await get(origin, '/__sim/local-gui');
    expect(big.text).toContain('width="1920" height="1080"');
    expect(drawingData(big.text).theme).toBe('dark');
    const odd = await get(origin, '/__sim/local-gui?w=99999&h=abc');
    expect(odd.text).toContain('width="3840" height="1080"');
  });

  it('is deterministic (screenshots reproduce)', async () => {
    const origin = sim.originOf('lorex-nvr');
    const a = await get(origin, '/__sim/local-gui?screen=forgot&w=1280&h=1024');
    const b = await get(origin, '/__sim/local-gui?screen=forgot&w=1280&h=1024');
    expect(a.text).toBe(b.text);
    expect(a.text).not.toMatch(/Math\.random|Date\.now|new Date|requestAnimationFrame|setInterval/);
  });
});

describe('forgot screen', () => {
  it('draws the QR of the fixed local-GUI blob and the masked e-mail, and records the blob', async () => {
    const d = device('dahua-nvr-web3');
    const before = sim.descripts.length;
    const html = (await get(sim.originOf(d.id), '/__sim/local-gui?screen=forgot')).text;
    const data = drawingData(html);
    expect(data.screen).toBe('forgot');
    expect(data.email).toBe('j***@example.com');
    const payload = buildResetPayload(d, 'local-gui');
    const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
    const rows = data.qr as string[];
    expect(rows).toHaveLength(modules.size);
    expect(rows.every((r, i) => [...r].every((c, j) => (c === '1') === Boolean(modules.get(i, j))))).toBe(
      true,
    );
    expect(html).not.toContain(payload);
    expect(sim.descripts.slice(before)).toEqual([
      expect.objectContaining({ deviceId: d.id, payload, via: 'local-gui', counter: 'local-gui' }),
    ]);
  });
});
