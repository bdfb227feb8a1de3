/**
 * Whether a host is on the site's own network (private, link-local, loopback or a LAN-only
 * name). Recorders live there, and a corporate proxy configured on the site PC (VS Code's
 * `http.proxy`, HTTP_PROXY) cannot reach such addresses: the Node client talks to them
 * directly. Anything else keeps the host's normal proxy handling.
 */

export function isPrivateHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (h === '') return false;
  const v4 = parseIpv4(h);
  if (v4) return isPrivateIpv4(v4);
  if (h.includes(':')) return isPrivateIpv6(h);
  // Names that only a LAN resolves: localhost, mDNS (.local), single-label intranet names and
  // the reserved home/LAN suffixes (RFC 6761, RFC 8375).
  return (
    h === 'localhost' || !h.includes('.') || /\.(?:local|localhost|lan|home\.arpa|internal|intranet)$/.test(h)
  );
}

function parseIpv4(h: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  return parts.every((p) => p <= 255) ? parts : null;
}

function isPrivateIpv4(parts: number[]): boolean {
  const [a = -1, b = -1] = parts;
  return (
    a === 10 ||
    a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    // Carrier-grade NAT space: site routers behind a 4G modem hand these out.
    (a === 100 && b >= 64 && b <= 127) ||
    a === 0
  );
}

function isPrivateIpv6(h: string): boolean {
  if (h === '::1' || h === '::') return true;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(h);
  if (mapped) return isPrivateHost(mapped[1]!);
  const first = parseInt(h.split(':')[0] || '0', 16);
  // fc00::/7 unique local, fe80::/10 link-local.
  return (first & 0xfe00) === 0xfc00 || (first & 0xffc0) === 0xfe80;
}
