/**
 * GET / of every default device over real HTTP: the generation's fingerprints (reference
 * §1.1) and the embedded httpd's header quirks (§1.3, fixture 01).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { DEFAULT_DEVICES, type SimDevice } from '../../simulator/devices';
import { startSimulator, type Simulator } from '../../simulator/server';
import { get, headerNames, rawHeader, rawRequest } from './http-client';

let sim: Simulator;
beforeAll(async () => {
  sim = await startSimulator();
});
afterAll(async () => {
  await sim.close();
});

const byId = (id: string): SimDevice => {
  const d = DEFAULT_DEVICES.find((x) => x.id === id);
  if (!d) throw new Error(`no default device ${id}`);
  return d;
};

const MARKERS: Record<string, (string | RegExp)[]> = {
  'dahua-hcvr-plugin': [
    'href="webplugin.exe"',
    'playback_bottom_bar',
    'BackUpBeginTimeChanged',
    'Forgot password?',
  ],
  'dahua-nvr-web3': [
    'src="jsBase/lib/jquery.js?version=@WebVersion@"',
    'src="debug/testPage.js',
    'src="jsBase/lib/jquery.pubsub.js',
    'src="jsBase/widget/js/jquery.ui.core.js',
    'src="jsBase/widget/js/jquery.ui.widget.js',
    'id="t_username"',
    'id="t_password"',
    'id="slct_userType"',
    'ui-dialog-content',
    'ui-video-wrap-icon',
    'com.ErrorAuthorizeReloginTip',
    '"@WebVersion@"',
    '>Login<',
  ],
  'dahua-nvr-h5': [
    'href="/baseProj/images/favicon.ico"',
    'src="custom_logo/web_logo.png"',
    'src="/baseProj/js/',
    'src="/app/plugin/',
    "'global.login'",
    '/RPC2_Login',
    'Device Type: DHI-NVR5232-4KS2',
    'V4.002.0000000.8.R',
  ],
  'dahua-xvr-web5': [
    /<div id="root"><\/div>/,
    /src="\/static\/js\/main\.[0-9a-f]{8}\.chunk\.js"/,
    /"static\/js\/"\+/,
  ],
  'amcrest-nvr': ['Amcrest Technologies', 'value="LDAPUser"', 'id="t_username"', 'src="jsBase/lib/jquery.js'],
  'lorex-nvr': [
    'src="custom_logo/web_logo.png"',
    'alt="LOREX"',
    'Lorex',
    'Device Type: N841A82',
    '/baseProj/',
  ],
  'dahua-nvr-uninit': [
    'Device Initialization',
    'id="init_pwd"',
    'id="init_pwd_confirm"',
    'Reserved Email',
    '/baseProj/',
  ],
};

describe('GET / on every device', () => {
  for (const d of DEFAULT_DEVICES) {
    it(`${d.id} (${d.generation}) serves WEB SERVICE with its markers and Dahua header quirks`, async () => {
      const res = await get(sim.originOf(d.id));
      expect(res.status).toBe(200);
      expect(res.text).toContain('<title>WEB SERVICE</title>');
      for (const marker of MARKERS[d.id] ?? []) {
        if (typeof marker === 'string') expect(res.text).toContain(marker);
        else expect(res.text).toMatch(marker);
      }

      const names = headerNames(res.rawHeaders);
      expect(names.map((n) => n.toLowerCase())).not.toContain('server');
      expect(names).toEqual(expect.arrayContaining(['CONTENT-TYPE', 'CONTENT-LENGTH', 'CONNECTION']));
      expect(names).not.toContain('Content-Type');
      expect(names.map((n) => n.toLowerCase())).not.toContain('transfer-encoding');
      expect(rawHeader(res.rawHeaders, 'CONNECTION')).toBe('close');
      expect(rawHeader(res.rawHeaders, 'P3P')).toBe('CP=CAO PSA OUR');
      expect(rawHeader(res.rawHeaders, 'X-Frame-Options')).toBe('SAMEORIGIN');
      expect(rawHeader(res.rawHeaders, 'CONTENT-TYPE')).toBe('text/html');
      expect(Number(rawHeader(res.rawHeaders, 'CONTENT-LENGTH'))).toBe(res.body.length);
      const etag = rawHeader(res.rawHeaders, 'Etag') ?? '';
      expect(etag).toMatch(/^"\d{9,10}:\d+"$/);
      // As in the capture, the Etag's epoch is the Last-Modified time.
      const epoch = Number(etag.slice(1, etag.indexOf(':')));
      expect(new Date(epoch * 1000).toUTCString()).toBe(rawHeader(res.rawHeaders, 'Last-Modified'));
      expect(rawHeader(res.rawHeaders, 'Last-Modified')).toContain(
        new Date(`${d.buildDate}T00:00:00Z`).toUTCString().slice(0, 16),
      );
    });
  }

  it('uses the capture header order (CONNECTION first, CONTENT-TYPE after X-Frame-Options)', async () => {
    const res = await get(sim.originOf('dahua-nvr-web3'));
    expect(headerNames(res.rawHeaders)).toEqual([
      'CONNECTION',
      'Date',
      'Last-Modified',
      'Etag',
      'CONTENT-LENGTH',
      'P3P',
      'X-Frame-Options',
      'CONTENT-TYPE',
    ]);
  });

  it('does not show the model where showModelOnLogin is false', async () => {
    const web3 = byId('dahua-nvr-web3');
    const res = await get(sim.originOf(web3.id));
    expect(res.text).not.toContain(web3.model);
    expect(res.text).not.toContain(web3.serial);
  });

  it('never puts the serial into a page (the detector must get it from the realm, OCR or the user)', async () => {
    for (const d of DEFAULT_DEVICES) {
      expect((await get(sim.originOf(d.id))).text).not.toContain(d.serial);
    }
  });
});

describe('OPTIONS and HEAD', () => {
  it('answers OPTIONS exactly like GET (fixture 01)', async () => {
    for (const id of ['dahua-nvr-web3', 'dahua-xvr-web5']) {
      const origin = sim.originOf(id);
      const g = await get(origin);
      const o = await rawRequest(origin, '/', { method: 'OPTIONS' });
      expect(o.status).toBe(200);
      expect(o.text).toBe(g.text);
      expect(headerNames(o.rawHeaders)).toEqual(headerNames(g.rawHeaders));
      expect(rawHeader(o.rawHeaders, 'Etag')).toBe(rawHeader(g.rawHeaders, 'Etag'));
    }
  });

  it('answers HEAD with the GET headers and no body', async () => {
    const origin = sim.originOf('dahua-nvr-h5');
    const g = await get(origin);
    const h = await rawRequest(origin, '/', { method: 'HEAD' });
    expect(h.status).toBe(200);
    expect(h.body.length).toBe(0);
    expect(rawHeader(h.rawHeaders, 'CONTENT-LENGTH')).toBe(String(g.body.length));
  });
});

describe('static assets', () => {
  /** src/href values of a page that point at the device itself. */
  function localRefs(html: string): string[] {
    const refs = [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    return refs
      .filter((r) => r !== '' && r !== '#' && !/^(?:[a-z]+:|\/\/)/i.test(r))
      .map((r) => (r.startsWith('/') ? r : `/${r}`));
  }

  for (const d of DEFAULT_DEVICES) {
    it(`${d.id}: every asset the page references is served`, async () => {
      const origin = sim.originOf(d.id);
      const refs = localRefs((await get(origin)).text);
      expect(refs.length).toBeGreaterThan(2);
      for (const ref of refs) {
        const res = await get(origin, ref);
        expect(res.status, ref).toBe(200);
        expect(res.body.length, ref).toBeGreaterThan(0);
        expect(headerNames(res.rawHeaders), ref).not.toContain('Server');
        if (ref.includes('.png')) expect(PNG.sync.read(res.body).width, ref).toBeGreaterThan(0);
      }
    });
  }

  it('serves /baseProj/images/favicon.ico with CONTENT-LENGTH 1150 and P3P (scanner notes)', async () => {
    const res = await get(sim.originOf('dahua-nvr-h5'), '/baseProj/images/favicon.ico');
    expect(res.status).toBe(200);
    expect(rawHeader(res.rawHeaders, 'CONTENT-LENGTH')).toBe('1150');
    expect(rawHeader(res.rawHeaders, 'P3P')).toBe('CP=CAO PSA OUR');
    expect(rawHeader(res.rawHeaders, 'CONTENT-TYPE')).toBe('image/x-icon');
    // ICONDIR: reserved 0, type 1 (icon), one image of 16×16.
    expect([
      res.body.readUInt16LE(0),
      res.body.readUInt16LE(2),
      res.body.readUInt16LE(4),
      res.body[6],
      res.body[7],
    ]).toEqual([0, 1, 1, 16, 16]);
  });

  it('Lorex and Dahua H5 logos differ (OEM skin on the same baseProj UI)', async () => {
    const lorex = await get(sim.originOf('lorex-nvr'), '/custom_logo/web_logo.png');
    const dahua = await get(sim.originOf('dahua-nvr-h5'), '/custom_logo/web_logo.png');
    expect(lorex.status).toBe(200);
    expect(lorex.body.equals(dahua.body)).toBe(false);
  });

  it('Web5 chunk JS carries global.login, RPC2_Login and clientType:"Web5.0"', async () => {
    const origin = sim.originOf('dahua-xvr-web5');
    const html = (await get(origin)).text;
    const runtime = /<script>(!function[\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    const map = /\+(\{(?:\d+:"[0-9a-f]{8}",?)+\})\[e\]\+"\.chunk\.js"/.exec(runtime)?.[1] ?? '';
    const hashes = JSON.parse(map.replace(/(\d+):/g, '"$1":')) as Record<string, string>;
    expect(Object.keys(hashes).length).toBeGreaterThanOrEqual(24);
    const bodies = await Promise.all(
      Object.entries(hashes).map(([id, h]) => get(origin, `/static/js/${id}.${h}.chunk.js`)),
    );
    expect(bodies.every((b) => b.status === 200)).toBe(true);
    const login = bodies.filter((b) => b.text.includes('RPC2_Login'));
    expect(login).toHaveLength(1);
    expect(login[0]?.text).toContain('clientType:"Web5.0"');
    expect(login[0]?.text).toContain("'global.login'");
  });
});

describe('unknown paths and cgi-bin', () => {
  it('answers unknown paths 404 with a short Dahua-style body and the same quirks', async () => {
    const res = await get(sim.originOf('dahua-nvr-web3'), '/nope.html');
    expect(res.status).toBe(404);
    expect(res.text).toBe('Error\r\nNot Found!\r\n');
    expect(headerNames(res.rawHeaders)).not.toContain('Server');
    expect(rawHeader(res.rawHeaders, 'CONNECTION')).toBe('close');
  });

  it('answers /cgi-bin/* with 401 Digest and the login realm', async () => {
    for (const d of DEFAULT_DEVICES) {
      const res = await get(sim.originOf(d.id), '/cgi-bin/magicBox.cgi?action=getSerialNo');
      expect(res.status).toBe(401);
      const auth = rawHeader(res.rawHeaders, 'WWW-Authenticate') ?? '';
      expect(auth).toMatch(
        /^Digest realm="Login to [0-9A-Za-z]+", qop="auth", nonce="[0-9a-f]{32}", opaque="[0-9a-f]{40}"$/,
      );
      if (d.realm === 'serial') expect(auth).toContain(`realm="Login to ${d.serial}"`);
      else expect(auth).not.toContain(d.serial);
      expect(res.text).toBe('Error\r\nInvalid Authority!\r\n');
    }
  });
});

describe('simulator-only page routes', () => {
  it('/__sim/forgot renders the forgot state with a fresh, recorded blob each time', async () => {
    const origin = sim.originOf('amcrest-nvr');
    const before = sim.descripts.length;
    const a = await get(origin, '/__sim/forgot');
    const b = await get(origin, '/__sim/forgot');
    expect(a.status).toBe(200);
    const shown = (html: string) =>
      decodeURIComponent(/src="\/__sim\/qr\.png\?d=([^"]+)"/.exec(html)?.[1] ?? '');
    expect(shown(a.text)).not.toBe(shown(b.text));
    const issued = sim.descripts.slice(before);
    expect(issued.map((d) => [d.deviceId, d.via, d.payload])).toEqual([
      ['amcrest-nvr', 'forgot-page', shown(a.text)],
      ['amcrest-nvr', 'forgot-page', shown(b.text)],
    ]);
    expect(a.text).toContain('o***@example.com');
    expect(a.text).toContain('id="reset_securityCode"');
  });

  it('assets referenced relatively from /__sim/ pages still load', async () => {
    const origin = sim.originOf('amcrest-nvr');
    expect((await get(origin, '/__sim/jsBase/lib/jquery.js?version=@WebVersion@')).status).toBe(200);
    expect((await get(origin, '/__sim/image/logo.png')).status).toBe(200);
    expect((await get(origin, '/__sim/nothing.js')).status).toBe(404);
  });

  it('a factory-fresh device serves the wizard at / and the login page only at /__sim/login', async () => {
    const origin = sim.originOf('dahua-nvr-uninit');
    const root = await get(origin, '/');
    expect(root.text).toContain('Device Initialization');
    expect(root.text).not.toContain('id="login_psw"');
    const login = await get(origin, '/__sim/login');
    expect(login.text).toContain('id="login_psw"');
    expect(login.text).not.toContain('Device Initialization');
  });

  it('/__sim/init renders the wizard for an initialised device too', async () => {
    const res = await get(sim.originOf('dahua-xvr-web5'), '/__sim/init');
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/<div id="root"><div id="device_init"/);
  });
});
