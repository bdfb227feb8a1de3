/**
 * Browser-side MD5 (RFC 1321) for the login pages' second step, as the real UIs carry one
 * (HA1 = MD5(user:realm:password), reference §2.4). Plain ES5 source, because it is shipped
 * as text to the page; a unit test checks it against node:crypto.
 */
export const MD5_JS = `function md5(str) {
  str = unescape(encodeURIComponent(str));
  var n = str.length, w = [], i, j;
  for (i = 0; i < n; i++) w[i >> 2] |= str.charCodeAt(i) << ((i % 4) * 8);
  w[n >> 2] |= 0x80 << ((n % 4) * 8);
  var total = (((n + 8) >> 6) + 1) * 16;
  for (i = 0; i < total; i++) w[i] = w[i] | 0;
  w[total - 2] = n * 8;
  var K = [], S = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21];
  for (i = 0; i < 64; i++) K[i] = Math.floor(Math.abs(Math.sin(i + 1)) * 4294967296) | 0;
  var h = [0x67452301, 0xefcdab89 | 0, 0x98badcfe | 0, 0x10325476];
  for (var blk = 0; blk < total; blk += 16) {
    var A = h[0], B = h[1], C = h[2], D = h[3];
    for (i = 0; i < 64; i++) {
      var r = i >> 4, F, g;
      if (r === 0) { F = (B & C) | (~B & D); g = i; }
      else if (r === 1) { F = (D & B) | (~D & C); g = (5 * i + 1) % 16; }
      else if (r === 2) { F = B ^ C ^ D; g = (3 * i + 5) % 16; }
      else { F = C ^ (B | ~D); g = (7 * i) % 16; }
      var s = S[(r << 2) | (i & 3)], t = D;
      D = C; C = B;
      var x = (A + F + K[i] + w[blk + g]) | 0;
      B = (B + ((x << s) | (x >>> (32 - s)))) | 0;
      A = t;
    }
    h[0] = (h[0] + A) | 0; h[1] = (h[1] + B) | 0; h[2] = (h[2] + C) | 0; h[3] = (h[3] + D) | 0;
  }
  var out = '';
  for (i = 0; i < 4; i++) for (j = 0; j < 4; j++) {
    var byte = (h[i] >>> (j * 8)) & 255;
    out += (byte < 16 ? '0' : '') + byte.toString(16);
  }
  return out;
}`;
