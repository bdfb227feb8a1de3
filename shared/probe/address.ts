/**
 * Turns what a helper types ("192.168.1.108", "nvr.local:8080", "http://host:8080/",
 * "https://10.0.0.5") into the one origin the probe talks to.
 *
 * Only http and https are accepted, and never user:password in the URL: the probe sends no
 * credentials, so an address that carries some is a mistake worth pointing out rather than
 * silently dropping.
 */

export interface RecorderAddress {
  /** e.g. 'http://192.168.1.108' or 'https://[fe80::1]:8443' (no trailing slash). */
  origin: string;
  scheme: 'http' | 'https';
  /** Lower-case host name or IP literal, without brackets or port. */
  host: string;
  port: number;
}

export class AddressError extends Error {
  override name = 'AddressError';
}

/** A typo-sized limit: no real address is longer, and the error message quotes the input. */
const MAX_INPUT = 2048;

export function normaliseAddress(input: string): RecorderAddress {
  const raw = typeof input === 'string' ? input.trim() : '';
  if (raw === '')
    throw new AddressError(
      'No address given. Use an IP or host name, e.g. 192.168.1.108 or http://nvr.local:8080.',
    );
  if (raw.length > MAX_INPUT) throw new AddressError('That address is too long to be a recorder address.');

  const schemeMatch = /^([a-z][a-z0-9+.-]*):\/\//i.exec(raw);
  if (schemeMatch && !/^https?$/i.test(schemeMatch[1]!)) {
    throw new AddressError(`Only http:// and https:// addresses can be probed, not ${schemeMatch[1]}://.`);
  }
  // A bare IPv6 literal ("fe80::1") needs brackets before URL can read it.
  const bare = !schemeMatch && /^[0-9a-f:]+$/i.test(raw) && raw.includes('::') ? `[${raw}]` : raw;
  const withScheme = schemeMatch ? bare : `http://${bare}`;

  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new AddressError(
      `"${raw}" is not an address. Use an IP or host name, e.g. 192.168.1.108 or http://nvr.local:8080.`,
    );
  }
  if (url.username !== '' || url.password !== '') {
    throw new AddressError('Leave the user name and password out of the address: the probe never logs in.');
  }
  if (url.hostname === '') throw new AddressError(`"${raw}" has no host name.`);

  const scheme = url.protocol === 'https:' ? 'https' : 'http';
  const port = url.port === '' ? (scheme === 'https' ? 443 : 80) : Number(url.port);
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return { origin: url.origin, scheme, host, port };
}
