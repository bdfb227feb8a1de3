/**
 * The /RPC2_Login first call and its answer. The samples are rebuilt from the real answers
 * listed in the reference (§2.2, fixture 02): realms, MACs, codes and session shapes.
 */
import { describe, expect, it } from 'vitest';
import { buildChallengeBody, CHALLENGE_PATH, parseChallenge } from '../../../../shared/device/challenge';

function answer(
  params: Record<string, unknown>,
  opts: { code?: number; session?: number | string } = {},
): string {
  return JSON.stringify({
    error: { code: opts.code ?? 268632079, message: 'Component error: login challenge!' },
    id: 2,
    params,
    result: false,
    session: opts.session ?? 'be7dcfc7d3fb33e74f028ce4498b60de',
  });
}

describe('buildChallengeBody', () => {
  it('is exactly the web UI first call, with an empty password', () => {
    expect(CHALLENGE_PATH).toBe('/RPC2_Login');
    expect(buildChallengeBody()).toBe(
      '{"method":"global.login","params":{"userName":"admin","password":"","clientType":"Web3.0","loginType":"Direct"},"id":1}',
    );
    expect(JSON.parse(buildChallengeBody()).params.password).toBe('');
  });

  it('takes the newer client type', () => {
    expect(JSON.parse(buildChallengeBody('Web5.0')).params).toEqual({
      userName: 'admin',
      password: '',
      clientType: 'Web5.0',
      loginType: 'Direct',
    });
  });
});

describe('parseChallenge on real answers', () => {
  it('reads serial, MAC and encryption from a serial realm (integer session)', () => {
    const text = answer(
      {
        authorization: 'fe2eaba1625968a96cadd6cd5bb3367185d47539',
        encryption: 'Default',
        mac: 'BC325FAF5332',
        random: '647709486',
        realm: 'Login to 6J0DA6EPAJ4FE11',
      },
      { session: 2147483234 },
    );
    expect(parseChallenge(text)).toEqual({
      isDahuaChallenge: true,
      errorCode: 268632079,
      realm: 'Login to 6J0DA6EPAJ4FE11',
      serial: '6J0DA6EPAJ4FE11',
      realmHidden: false,
      mac: 'BC:32:5F:AF:53:32',
      macRaw: 'BC325FAF5332',
      encryption: 'Default',
    });
  });

  it('reads a pretty-printed answer with a 32-hex session', () => {
    const text = JSON.stringify(
      JSON.parse(
        answer({
          authorization: '80668fc41b6204dfac1597f0b2bbe681a7acd337',
          encryption: 'Default',
          mac: '38AF29BBBCAB',
          random: '1753753988',
          realm: 'Login to 4H01D66PAJ2FA64',
        }),
      ),
      null,
      3,
    );
    const facts = parseChallenge(`\n${text}\n`);
    expect(facts?.serial).toBe('4H01D66PAJ2FA64');
    expect(facts?.mac).toBe('38:AF:29:BB:BC:AB');
  });

  it('marks a hashed realm as hidden and gives no serial', () => {
    const facts = parseChallenge(
      answer({
        encryption: 'Default',
        random: '1172275829',
        realm: 'Login to a0c50bcd05b2f03d067e530d9bf069af',
      }),
    );
    expect(facts).toMatchObject({ realmHidden: true, serial: null, mac: null, macRaw: null });
  });

  it('accepts the 401 code variant and realms of other lengths', () => {
    expect(
      parseChallenge(answer({ realm: 'Login to 4C045ADPAG60CD', mac: '3CEF8C6101C0' }, { code: 401 })),
    ).toMatchObject({
      errorCode: 401,
      serial: '4C045ADPAG60CD',
      mac: '3C:EF:8C:61:01:C0',
      encryption: null,
    });
    expect(parseChallenge(answer({ realm: 'Login to AMR0138597CD51AC7' }))?.serial).toBe('AMR0138597CD51AC7');
  });

  it('keeps an unusual realm but claims no serial from it', () => {
    expect(parseChallenge(answer({ realm: 'Login to Front Door NVR' }))).toMatchObject({
      serial: null,
      realmHidden: false,
    });
  });

  it('keeps a malformed MAC only as raw text', () => {
    expect(parseChallenge(answer({ realm: 'Login to 6J0DA6EPAJ4FE11', mac: 'not-a-mac' }))).toMatchObject({
      mac: null,
      macRaw: 'not-a-mac',
    });
  });
});

describe('parseChallenge on anything else', () => {
  const junk: [string, string][] = [
    ['empty', ''],
    ['HTML', '<!DOCTYPE html><html><head><title>WEB SERVICE</title></head><body>404</body></html>'],
    ['plain text', 'Invalid Authority!'],
    ['truncated JSON', answer({ realm: 'Login to 6J0DA6EPAJ4FE11' }).slice(0, 60)],
    ['JSON array', '[{"error":{"code":268632079},"params":{"realm":"Login to X"}}]'],
    ['JSON null', 'null'],
    ['success answer', '{ "id" : 10000, "params" : null, "result" : true, "session" : 462002603 }'],
    ['other error code', answer({ realm: 'Login to 6J0DA6EPAJ4FE11' }, { code: 268632085 })],
    ['code as string', answer({ realm: 'Login to 6J0DA6EPAJ4FE11' }).replace('268632079', '"268632079"')],
    ['realm of another shape', answer({ realm: 'Digest realm="Login to 6J0DA6EPAJ4FE11"' })],
    ['realm missing', answer({ random: '1' })],
    ['realm not a string', answer({ realm: 42 })],
    [
      'another JSON-RPC error',
      '{"jsonrpc":"2.0","error":{"code":-32601,"message":"Method not found"},"id":1}',
    ],
    ['binary garbage', '\u0000\u0001\u00ff{\u0002'],
  ];

  it.each(junk)('%s → null', (_name, text) => {
    expect(parseChallenge(text)).toBeNull();
  });

  it('refuses text over 64 KB without parsing it', () => {
    const padded = answer({ realm: 'Login to 6J0DA6EPAJ4FE11', filler: 'x'.repeat(64 * 1024) });
    expect(parseChallenge(padded)).toBeNull();
  });

  it('is not fooled by a non-string argument', () => {
    expect(parseChallenge(undefined as unknown as string)).toBeNull();
  });
});
