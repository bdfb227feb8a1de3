/** The Simulator object: request log, device management, hub, negative pages, robustness. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, Agent } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEVICES, type SimDevice } from '../../simulator/devices';
import { startSimulator, type Simulator } from '../../simulator/server';
import { FIRST_LOGIN, get, rawRequest, rpc } from './http-client';

let sim: Simulator;
let negativeDir: string;

beforeAll(async () => {
  negativeDir = mkdtempSync(join(tmpdir(), 'sim-negative-'));
  writeFileSync(
    join(negativeDir, 'router-login.html'),
    '<!doctype html><title>Router</title><p>not a recorder</p>',
  );
  writeFileSync(join(negativeDir, '.hidden.html'), 'secret');
  sim = await startSimulator({ negativeDir });
});
afterAll(async () => {
  await sim.close();
  rmSync(negativeDir, { recursive: true, force: true });
});

describe('origins', () => {
  it('gives every default device its own 127.0.0.1 origin, distinct from the hub', () => {
    expect(sim.devices.map((d) => d.device.id)).toEqual(DEFAULT_DEVICES.map((d) => d.id));
    const origins = sim.devices.map((d) => d.origin);
    expect(new Set([...origins, sim.hub]).size).toBe(origins.length + 1);
    for (const o of [...origins, sim.hub]) expect(o).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.originOf('lorex-nvr')).toBe(sim.devices.find((d) => d.device.id === 'lorex-nvr')?.origin);
  });

  it('originOf throws on an unknown id', () => {
    expect(() => sim.originOf('no-such-device')).toThrow(/Unknown simulated device/);
  });

  it('does not share state with DEFAULT_DEVICES', () => {
    expect(sim.devices[0]?.device).not.toBe(DEFAULT_DEVICES[0]);
    expect(sim.devices[0]?.device).toEqual(DEFAULT_DEVICES[0]);
  });
});

describe('request log', () => {
  it('records method, path, headers and body of every request, in order, across origins', async () => {
    sim.clearLog();
    const h5 = sim.originOf('dahua-nvr-h5');
    await get(h5, '/?x=1');
    const body = JSON.stringify(FIRST_LOGIN());
    await rpc(h5, '/RPC2_Login', body);
    await get(sim.hub, '/');
    await rpc(sim.originOf('amcrest-nvr'), '/OutsideCmd', {
      method: 'DevInit.getStatus',
      params: null,
      id: 1,
    });

    expect(sim.requests.map((r) => [r.deviceId, r.method, r.path])).toEqual([
      ['dahua-nvr-h5', 'GET', '/?x=1'],
      ['dahua-nvr-h5', 'POST', '/RPC2_Login'],
      [null, 'GET', '/'],
      ['amcrest-nvr', 'POST', '/OutsideCmd'],
    ]);
    const login = sim.requests[1];
    expect(login?.body).toBe(body);
    expect(login?.origin).toBe(h5);
    expect(login?.headers['content-type']).toBe('application/json');
    expect(login?.headers.host).toBe(h5.replace('http://', ''));
    expect(sim.requests[2]?.origin).toBe(sim.hub);
    const times = sim.requests.map((r) => r.at);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('requestsFor filters by device id or origin (trailing slash tolerated)', async () => {
    sim.clearLog();
    await get(sim.originOf('lorex-nvr'));
    await get(sim.originOf('dahua-nvr-web3'));
    await get(sim.originOf('lorex-nvr'), '/custom_logo/web_logo.png');
    expect(sim.requestsFor('lorex-nvr').map((r) => r.path)).toEqual(['/', '/custom_logo/web_logo.png']);
    expect(sim.requestsFor(`${sim.originOf('lorex-nvr')}/`)).toHaveLength(2);
    expect(sim.requestsFor(sim.hub)).toHaveLength(0);
  });

  it('clearLog empties the same array', async () => {
    const ref = sim.requests;
    await get(sim.hub);
    sim.clearLog();
    expect(ref).toHaveLength(0);
    expect(sim.requests).toBe(ref);
  });
});

describe('addDevice', () => {
  const extra: SimDevice = {
    id: 'intelbras-nvd-test',
    brand: 'Intelbras',
    generation: 'web5',
    model: 'NVD 3116 P',
    serial: 'ZX9C2B1PAZ0A1B2',
    mac: '30E1F100A1B2',
    firmware: '4.000.00IB00C.0.R',
    buildDate: '2023-02-01',
    realm: 'hidden',
    challengeCode: 401,
    initialized: true,
    find: 'BC',
    secretQuestions: false,
    xmlReset: false,
    email: 'recuperacao@example.com.br',
    showModelOnLogin: true,
  };

  it('starts a new origin that answers like any device', async () => {
    const origin = await sim.addDevice(extra);
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sim.originOf(extra.id)).toBe(origin);
    expect(sim.devices.at(-1)?.device.id).toBe(extra.id);
    const r = await rpc(origin, '/RPC2_Login', FIRST_LOGIN('Web5.0'));
    expect(r.error.code).toBe(401);
    expect(r.params.mac).toBe('30E1F100A1B2');
    const d = await rpc(origin, '/OutsideCmd', {
      method: 'PasswdFind.getDescript',
      params: { name: 'admin' },
      id: 1,
    });
    expect(d.params.desc).toMatch(/^.{4}B2/);
    expect(d.params.contactEmail).toBe('r***@example.com.br');
    expect((await get(sim.hub)).text).toContain(origin);
  });

  it('rejects a duplicate id and an invalid serial or MAC', async () => {
    await expect(sim.addDevice({ ...extra })).rejects.toThrow(/Duplicate/);
    await expect(sim.addDevice({ ...extra, id: 'bad-serial', serial: 'abc' })).rejects.toThrow(/serial/);
    await expect(sim.addDevice({ ...extra, id: 'bad-mac', mac: '30:E1:F1:00:A1:B2' })).rejects.toThrow(/mac/);
  });

  it('a simulator can start with custom devices only', async () => {
    const own = await startSimulator({ devices: [extra] });
    try {
      expect(own.devices.map((d) => d.device.id)).toEqual([extra.id]);
      expect((await get(own.originOf(extra.id))).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});

describe('hub', () => {
  it('lists every device with a link to its origin, and the negative pages', async () => {
    const res = await get(sim.hub, '/');
    expect(res.status).toBe(200);
    for (const { device, origin } of sim.devices) {
      expect(res.text).toContain(`href="${origin}/"`);
      expect(res.text).toContain(device.model);
    }
    expect(res.text).toContain('href="/negative/router-login.html"');
    expect(res.text).not.toContain('.hidden.html');
  });

  it('serves /__sim/devices.json', async () => {
    const list = JSON.parse((await get(sim.hub, '/__sim/devices.json')).text) as {
      id: string;
      origin: string;
    }[];
    expect(list.find((d) => d.id === 'dahua-nvr-h5')?.origin).toBe(sim.originOf('dahua-nvr-h5'));
  });
});

describe('negative pages', () => {
  it('serves files from the negative folder', async () => {
    const res = await get(sim.hub, '/negative/router-login.html');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.text).toContain('not a recorder');
  });

  it('404s missing and hidden files', async () => {
    expect((await get(sim.hub, '/negative/missing.html')).status).toBe(404);
    expect((await get(sim.hub, '/negative/.hidden.html')).status).toBe(404);
  });

  it('rejects path traversal, literal or encoded', async () => {
    for (const path of [
      '/negative/../package.json',
      '/negative/../../../../etc/passwd',
      '/negative/..%2f..%2fpackage.json',
      '/negative/%2e%2e/package.json',
      '/negative/..%5cpackage.json',
      '/negative/x%00.html',
      '/negative/%E0%A4%A',
    ]) {
      const res = await get(sim.hub, path);
      expect(res.status, path).toBe(400);
      expect(res.text, path).not.toContain('"name"');
    }
  });

  it('serves from tests/fixtures/pages/negative by default (404 for what is not there)', async () => {
    const own = await startSimulator({ devices: [] });
    try {
      expect((await get(own.hub, '/negative/definitely-not-a-fixture.html')).status).toBe(404);
    } finally {
      await own.close();
    }
  });
});

describe('robustness', () => {
  it('answers bodies over 64 KB with 413', async () => {
    const res = await rawRequest(sim.originOf('dahua-nvr-h5'), '/RPC2_Login', {
      method: 'POST',
      body: 'x'.repeat(70 * 1024),
    });
    expect(res.status).toBe(413);
    const last = sim.requests.at(-1);
    expect(last?.body.length).toBe(64 * 1024);
  });

  it('accepts a body just under the cap', async () => {
    const call = JSON.stringify({ ...FIRST_LOGIN(), pad: 'x'.repeat(60 * 1024) });
    const res = await rawRequest(sim.originOf('dahua-nvr-h5'), '/RPC2_Login', { method: 'POST', body: call });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).error.code).toBe(268632079);
  });

  it('answers other methods 405 on a device', async () => {
    expect((await rawRequest(sim.originOf('dahua-nvr-h5'), '/', { method: 'PUT', body: 'x' })).status).toBe(
      405,
    );
  });

  it('close() resolves even with an idle keep-alive connection open, and is idempotent', async () => {
    const own = await startSimulator({ devices: [DEFAULT_DEVICES[1] as SimDevice] });
    const agent = new Agent({ keepAlive: true });
    const url = new URL(own.hub);
    await new Promise<void>((resolve, reject) => {
      request({ host: url.hostname, port: url.port, path: '/', agent }, (res) => {
        res.resume();
        res.on('end', () => resolve());
      })
        .on('error', reject)
        .end();
    });
    const started = Date.now();
    await own.close();
    await own.close();
    expect(Date.now() - started).toBeLessThan(2000);
    agent.destroy();
    await expect(get(own.hub)).rejects.toThrow();
    await expect(own.addDevice({ ...(DEFAULT_DEVICES[0] as SimDevice), id: 'late' })).rejects.toThrow(
      /closed/,
    );
  });

  it('close() also drops a connection stuck mid-request (server.close() alone would wait for it)', async () => {
    const own = await startSimulator({ devices: [DEFAULT_DEVICES[2] as SimDevice] });
    const url = new URL(own.originOf('dahua-nvr-h5'));
    const socket = connect(Number(url.port), url.hostname);
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    const dropped = new Promise<void>((resolve) => socket.once('close', () => resolve()));
    // Headers never finished: the connection is active, not idle.
    socket.write('POST /RPC2_Login HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n{"method":');
    await new Promise((r) => setTimeout(r, 50));
    const started = Date.now();
    await own.close();
    await dropped;
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('falls back to a free port when the requested hub port is taken', async () => {
    const port = Number(new URL(sim.hub).port);
    const own = await startSimulator({ devices: [], hubPort: port });
    try {
      expect(Number(new URL(own.hub).port)).not.toBe(port);
      expect((await get(own.hub)).status).toBe(200);
    } finally {
      await own.close();
    }
  });
});
