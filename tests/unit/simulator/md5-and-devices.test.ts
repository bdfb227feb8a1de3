/** The page-side MD5 and the device table's invariants. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DEVICES,
  MAC_PATTERN,
  SERIAL_PATTERN,
  validateDevice,
  type SimDevice,
} from '../../simulator/devices';
import { MD5_JS } from '../../simulator/pages/md5-script';

// eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the simulator page's own md5 script, as the page does
const md5 = new Function(`${MD5_JS}\nreturn md5;`)() as (s: string) => string;

describe('page MD5 (RFC 1321)', () => {
  it('agrees with node:crypto, including block boundaries and UTF-8', () => {
    for (const s of [
      '',
      'a',
      'abc',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(64),
      'y'.repeat(1000),
      'pässwörd €',
    ]) {
      expect(md5(s), JSON.stringify(s.slice(0, 10))).toBe(createHash('md5').update(s, 'utf8').digest('hex'));
    }
  });

  it('reproduces the ipcmanview login test vector (reference §2.4)', () => {
    const realm = 'Login to a0c50bcd05b2f03d067e530d9bf069af';
    const ha1 = md5(`admin:${realm}:123`).toUpperCase();
    expect(md5(`admin:1172275829:${ha1}`).toUpperCase()).toBe('2E9AD6D2DB08E0882F376A622BC76B9A');
  });
});

/** OUIs from the reference's IEEE table (§5.3), by brand. */
const DAHUA_OUIS = [
  '08EDED',
  '14A78B',
  '24526A',
  '30DDAA',
  '38AF29',
  '3CE36B',
  '3CEF8C',
  '407AA4',
  '4C11BF',
  '4C99E8',
  '5CF51A',
  '64FD29',
  '6C1C71',
  '74C929',
  '8CE9B4',
  '9002A9',
  '98F9CC',
  '9C1463',
  'A0BD1D',
  'B44C3B',
  'BC325F',
  'C0395A',
  'C4AAC4',
  'D4430E',
  'E02EFE',
  'E0508B',
  'E4246C',
  'F4B1C2',
  'F8CE07',
  'FC5F49',
  'FCB69D',
];
const AMCREST_OUIS = ['00651E', '9C8ECD', 'A06032'];

describe('DEFAULT_DEVICES', () => {
  it('are all valid, with unique ids, serials and MACs', () => {
    for (const d of DEFAULT_DEVICES) expect(() => validateDevice(d)).not.toThrow();
    for (const key of ['id', 'serial', 'mac'] as const) {
      expect(new Set(DEFAULT_DEVICES.map((d) => d[key])).size).toBe(DEFAULT_DEVICES.length);
    }
  });

  it('use real OUIs: Amcrest for Amcrest, Dahua for everything Dahua-made', () => {
    for (const d of DEFAULT_DEVICES) {
      expect(d.mac).toMatch(MAC_PATTERN);
      expect(d.brand === 'Amcrest' ? AMCREST_OUIS : DAHUA_OUIS, d.id).toContain(d.mac.slice(0, 6));
    }
  });

  it('cover every generation, both realm kinds, both challenge codes, rebrands and a factory-fresh device', () => {
    expect(new Set(DEFAULT_DEVICES.map((d) => d.generation))).toEqual(
      new Set(['plugin', 'web3', 'h5', 'web5']),
    );
    expect(new Set(DEFAULT_DEVICES.map((d) => d.realm))).toEqual(new Set(['serial', 'hidden']));
    expect(new Set(DEFAULT_DEVICES.map((d) => d.challengeCode))).toEqual(new Set([268632079, 401]));
    expect(DEFAULT_DEVICES.filter((d) => !d.initialized)).toHaveLength(1);
    expect(DEFAULT_DEVICES.map((d) => d.brand)).toEqual(
      expect.arrayContaining(['Dahua', 'Amcrest', 'Lorex']),
    );
    const h5 = DEFAULT_DEVICES.find((d) => d.model === 'DHI-NVR5232-4KS2');
    expect(h5).toMatchObject({ generation: 'h5', firmware: '4.002.0000000.8.R', realm: 'hidden' });
    expect(DEFAULT_DEVICES.find((d) => d.model === 'XVR5108HS-I3')?.generation).toBe('web5');
    expect(DEFAULT_DEVICES.find((d) => d.brand === 'Amcrest')?.serial).toMatch(/^AMC[0-9A-Z]{14}$/);
  });

  it('serials match the reference regex; firmware and dates have the documented shapes', () => {
    for (const d of DEFAULT_DEVICES) {
      expect(d.serial).toMatch(SERIAL_PATTERN);
      expect(d.firmware).toMatch(/^\d\.\d{3}\.[0-9A-Z]{7}\.\d+\.[RT]$/);
      expect(d.buildDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('validateDevice names every problem', () => {
    const bad = {
      ...(DEFAULT_DEVICES[0] as SimDevice),
      id: 'Bad Id',
      serial: 'x',
      mac: 'zz',
      buildDate: '2020-13-45',
    };
    expect(() => validateDevice(bad)).toThrow(/id .*serial .*mac .*buildDate/);
  });
});
