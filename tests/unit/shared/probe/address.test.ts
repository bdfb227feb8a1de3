/** What a helper types becomes one origin; anything else is refused with a reason. */
import { describe, expect, it } from 'vitest';
import { AddressError, normaliseAddress } from '../../../../shared/probe/address';
import { isPrivateHost } from '../../../../shared/probe/private-host';

describe('normaliseAddress', () => {
  it.each([
    ['192.168.1.108', 'http://192.168.1.108', 'http', '192.168.1.108', 80],
    ['  192.168.1.108/  ', 'http://192.168.1.108', 'http', '192.168.1.108', 80],
    ['nvr.local:8080', 'http://nvr.local:8080', 'http', 'nvr.local', 8080],
    ['http://host:8080/doc/page/login.asp', 'http://host:8080', 'http', 'host', 8080],
    ['HTTPS://Recorder.Example:443', 'https://recorder.example', 'https', 'recorder.example', 443],
    ['https://10.0.0.5:8443', 'https://10.0.0.5:8443', 'https', '10.0.0.5', 8443],
    ['fe80::1', 'http://[fe80::1]', 'http', 'fe80::1', 80],
    ['http://[fd00::5]:81', 'http://[fd00::5]:81', 'http', 'fd00::5', 81],
  ])('%s → %s', (input, origin, scheme, host, port) => {
    expect(normaliseAddress(input)).toEqual({ origin, scheme, host, port });
  });

  it.each([
    ['', /No address/],
    ['ftp://192.168.1.108', /Only http/],
    ['http://admin:admin@192.168.1.108', /never logs in/],
    ['http://', /not an address/],
    ['http://exa mple', /not an address/],
  ])('refuses %j', (input, message) => {
    expect(() => normaliseAddress(input)).toThrow(AddressError);
    expect(() => normaliseAddress(input)).toThrow(message);
  });
});

describe('isPrivateHost', () => {
  it.each([
    '192.168.1.108',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '127.0.0.1',
    '169.254.10.1',
    '100.64.0.1',
    'localhost',
    'nvr',
    'nvr.local',
    'dvr.lan',
    'box.home.arpa',
    '::1',
    '[::1]',
    'fe80::1',
    'fd12::3',
    '::ffff:192.168.0.2',
  ])('%s is on the site network', (host) => expect(isPrivateHost(host)).toBe(true));
  it.each([
    '8.8.8.8',
    '172.32.0.1',
    '192.169.0.1',
    'example.com',
    'x.dahuaddns.com',
    '2001:db8::1',
    '::ffff:8.8.8.8',
    '',
  ])('%s is not', (host) => expect(isPrivateHost(host)).toBe(false));
});
