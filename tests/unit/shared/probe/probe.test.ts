/**
 * probeRecorder against the simulator (every generation and rebrand, one origin each on
 * 127.0.0.1) and against scripted HttpClients for the cases a simulator does not cover.
 * What matters as much as the answers: what was sent. Never PasswdFind, at most one
 * RPC2_Login (first step, empty password), DevInit.getStatus only for a Dahua-made device.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeHttpClient } from '../../../../node/http-client';
import type { HttpClient, HttpRequest, HttpResponse } from '../../../../shared/platform/services';
import { AddressError } from '../../../../shared/probe/address';
import { probeRecorder, readResetStatus } from '../../../../shared/probe/probe';
import { formatProbeReport } from '../../../../shared/probe/report';
import { startSimulator, type Simulator } from '../../../simulator/server';

let sim: Simulator;
const http = createNodeHttpClient();

beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim?.close();
});

/** The requests a probe may send, and nothing else. */
function expectReadOnly(requests: { method: string; path: string; body: string }[]): void {
  expect(requests.some((r) => r.body.includes('PasswdFind'))).toBe(false);
  const logins = requests.filter((r) => r.path === '/RPC2_Login');
  expect(logins.length).toBeLessThanOrEqual(1);
  for (const login of logins) {
    const call = JSON.parse(login.body) as { method: string; params: { password: string } };
    expect(call.method).toBe('global.login');
    expect(call.params.password).toBe('');
  }
  for (const r of requests) {
    const allowed =
      (r.method === 'GET' && r.path === '/') ||
      (r.method === 'POST' && r.path === '/RPC2_Login') ||
      (r.method === 'POST' && r.path === '/OutsideCmd' && JSON.parse(r.body).method === 'DevInit.getStatus');
    expect(allowed, `${r.method} ${r.path} ${r.body}`).toBe(true);
  }
}

describe('probeRecorder against the simulator', () => {
  it('identifies every simulated recorder read-only', async () => {
    for (const { device, origin } of sim.devices) {
      sim.clearLog();
      const result = await probeRecorder(origin, http);
      expect(result.reachable, device.id).toBe(true);
      expect(result.dahua, device.id).toBe(true);
      expect(result.generation, device.id).toBe(device.generation);
      expect(result.brand, device.id).toBe(device.brand);
      expect(result.serial, device.id).toBe(device.realm === 'serial' ? device.serial : null);
      expect(result.realmHidden, device.id).toBe(device.realm === 'hidden');
      expect(result.mac, device.id).toBe(device.mac.match(/../g)!.join(':'));
      expect(result.initialized, device.id).toBe(device.initialized);
      expect(result.resetContacts, device.id).toEqual([...device.find]);
      expect(result.errors, device.id).toEqual([]);
      const sent = sim.requestsFor(device.id);
      expectReadOnly(sent);
      expect(sent.map((r) => `${r.method} ${r.path}`)).toEqual([
        'GET /',
        'POST /RPC2_Login',
        'POST /OutsideCmd',
      ]);
      // Nothing was handed out: the reset QR on the technician's screen stays valid.
      expect(sim.descripts.filter((d) => d.deviceId === device.id)).toEqual([]);
    }
  });

  it('reads model and firmware from a footer that shows them', async () => {
    const result = await probeRecorder(sim.originOf('dahua-nvr-h5'), http);
    expect(result.model).toBe('DHI-NVR5232-4KS2');
    expect(result.firmware).toBe('4.002.0000000.8.R');
    expect(result.deviceStatus?.xmlReset).toBe(true);
  });

  it('sends nothing but GET / to a page that is not a recorder', async () => {
    sim.clearLog();
    const result = await probeRecorder(sim.hub, http);
    expect(result).toMatchObject({
      reachable: true,
      dahua: false,
      generation: null,
      serial: null,
      mac: null,
      initialized: null,
      resetContacts: [],
    });
    expect(sim.requestsFor(sim.hub).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /']);
  });

  it('reads the reset status again on its own', async () => {
    sim.clearLog();
    const status = await readResetStatus(sim.originOf('dahua-nvr-uninit'), http);
    expect(status?.initialized).toBe(false);
    expect(sim.requestsFor('dahua-nvr-uninit').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /OutsideCmd',
    ]);
  });

  it('reports a closed port as unreachable without sending anything else', async () => {
    const result = await probeRecorder('127.0.0.1:1', http, { timeoutMs: 2000 });
    expect(result).toMatchObject({ reachable: false, dahua: false, failure: 'refused', resetContacts: [] });
    expect(result.errors[0]).toMatch(/refused the connection/);
    expect(result.requests).toHaveLength(1);
    expect(formatProbeReport(result, 'text')).toMatch(/no answer/);
  });

  it('throws AddressError for something that is not an address', async () => {
    await expect(probeRecorder('ftp://x', http)).rejects.toBeInstanceOf(AddressError);
  });
});

/** An HttpClient that answers from a table and records what it was asked. */
function scripted(answer: (req: HttpRequest) => HttpResponse | Error): HttpClient & { sent: HttpRequest[] } {
  const sent: HttpRequest[] = [];
  return {
    sent,
    async request(req) {
      sent.push(req);
      const out = answer(req);
      if (out instanceof Error) throw out;
      return out;
    },
  };
}
const page = (status: number, text: string, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers: { 'content-type': 'text/html', ...headers },
  text,
});

describe('probeRecorder edge cases', () => {
  it('follows one redirect to the same host, never to another', async () => {
    const same = scripted((req) =>
      req.url === 'http://192.168.1.108/'
        ? page(302, '', { location: 'https://192.168.1.108/' })
        : req.url === 'https://192.168.1.108/'
          ? page(200, '<title>Router</title>')
          : new Error('unexpected'),
    );
    const result = await probeRecorder('192.168.1.108', same);
    expect(result.address).toBe('https://192.168.1.108');
    expect(same.sent.map((r) => r.url)).toEqual(['http://192.168.1.108/', 'https://192.168.1.108/']);

    const other = scripted(() => page(302, '', { location: 'http://evil.example/' }));
    await probeRecorder('192.168.1.108', other);
    // Not followed; the 302 gives no page to judge, so one challenge to the address given.
    expect(other.sent.map((r) => r.url)).toEqual([
      'http://192.168.1.108/',
      'http://192.168.1.108/RPC2_Login',
    ]);
  });

  // A page that looks certain (title + jsBase/ scripts) is judged by its device's answer to the
  // one challenge: a look-alike web server answering 404 or foreign JSON is not a recorder.
  const CERTAIN = '<title>WEB SERVICE</title><script src="jsBase/lib/jquery.js"></script>';
  it.each([
    ['404 with HTML', page(404, '<html><body>Not Found</body></html>')],
    ['405', page(405, '')],
    ['foreign JSON', { status: 200, headers: { 'content-type': 'application/json' }, text: '{"ok":true}' }],
  ])('a certain-looking page whose challenge answered %s is not Dahua', async (_name, answer) => {
    const client = scripted((req) => (req.method === 'GET' ? page(200, CERTAIN) : answer));
    const result = await probeRecorder('10.0.0.9', client);
    expect(result.dahua).toBe(false);
    expect(result.challengeStatus).toBe(answer.status);
    // No DevInit.getStatus for a device that said it is not one.
    expect(client.sent.map((r) => r.url)).toEqual(['http://10.0.0.9/', 'http://10.0.0.9/RPC2_Login']);
    expect(formatProbeReport(result, 'text')).toContain(
      `not a Dahua recorder: /RPC2_Login answered ${answer.status} without a Dahua login challenge`,
    );
  });

  it('a certain-looking page whose challenge got no answer is "probably, not confirmed" (null)', async () => {
    const client = scripted((req) =>
      req.method === 'GET'
        ? page(200, CERTAIN)
        : Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }),
    );
    const result = await probeRecorder('10.0.0.9', client);
    expect(result.dahua).toBeNull();
    expect(result.challengeStatus).toBeNull();
    expect(formatProbeReport(result, 'text')).toContain('probably a Dahua-made recorder, not confirmed');
  });

  it('asks nothing of an old non-Dahua Lorex DVR NetView', async () => {
    const client = scripted(() => page(200, '<title>DVR NetView</title><script src="jsBase/a.js"></script>'));
    const result = await probeRecorder('10.0.0.9', client);
    expect(result.dahua).toBe(false);
    expect(client.sent).toHaveLength(1);
  });

  it('a timeout on GET / ends the probe with a clear reason', async () => {
    const client = scripted(() => Object.assign(new Error('No answer within 50 ms'), { code: 'ETIMEDOUT' }));
    const result = await probeRecorder('10.0.0.9', client, { timeoutMs: 50 });
    expect(result).toMatchObject({ reachable: false, failure: 'timeout' });
    expect(client.sent[0]!.timeoutMs).toBe(50);
  });

  it('an untrusted certificate is named so the caller can offer to allow it', async () => {
    const client = scripted(() =>
      Object.assign(new Error('self-signed certificate'), { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }),
    );
    const result = await probeRecorder('https://10.0.0.9', client);
    expect(result.failure).toBe('tls-untrusted');
    expect(result.errors[0]).toMatch(/certificate/);
  });

  it('escapes device-supplied text in the Markdown report', async () => {
    const client = scripted((req) =>
      req.method === 'GET'
        ? page(
            200,
            '<title>WEB SERVICE [x](http://evil) &lt;img&gt;</title><script src="jsBase/a.js"></script><script src="debug/testPage.js"></script>',
          )
        : { status: 200, headers: {}, text: '{}' },
    );
    const markdown = formatProbeReport(await probeRecorder('10.0.0.9', client), 'markdown');
    expect(markdown).toContain('\\[x\\](http://evil) &lt;img&gt;');
    expect(markdown).not.toContain('<img>');
  });
});
