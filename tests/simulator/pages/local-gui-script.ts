/**
 * Browser JS that paints the recorder's HDMI/VGA local GUI onto a <canvas>. Static drawing
 * only (no clock, no animation), so a screenshot of the same URL is byte-identical across
 * runs. Fonts are the system sans-serif the real GUI resembles.
 *
 * The screen data arrives XOR-scrambled as a list of numbers: the serial, model and MAC
 * must exist only as pixels, so a test that finds them has read the image (OCR), not the
 * page source.
 */
export const LOCAL_GUI_JS = `(function (K, D) {
  var s = '';
  for (var i = 0; i < D.length; i++) s += String.fromCharCode(D[i] ^ K);
  var g = JSON.parse(s);
  var canvas = document.getElementById('screen');
  var x = canvas.getContext('2d');
  var W = g.w, H = g.h, S = Math.min(W / 1280, H / 1024);
  var FONT = 'Arial, "Liberation Sans", Helvetica, "DejaVu Sans", sans-serif';
  var T = g.theme === 'light'
    ? { bg: '#c3ccd8', win: '#f4f6f9', bar: '#dde3ec', text: '#1b2230', label: '#4f5a6e', line: '#c9d0db', hi: '#2a66c9', hiText: '#ffffff', nav: '#e8ecf2' }
    : { bg: '#0a101b', win: '#18202d', bar: '#222c3d', text: '#eef1f6', label: '#a3adbf', line: '#2c374a', hi: '#2a66c9', hiText: '#ffffff', nav: '#131a25' };
  function px(n) { return Math.round(n * S); }
  function font(size, bold) { x.font = (bold ? 'bold ' : '') + px(size) + 'px ' + FONT; }
  function box(l, t, w, h, color) { x.fillStyle = color; x.fillRect(Math.round(l), Math.round(t), Math.round(w), Math.round(h)); }
  function text(str, l, t, color, size, bold) {
    font(size, bold); x.fillStyle = color; x.textBaseline = 'middle'; x.fillText(str, Math.round(l), Math.round(t));
  }
  function button(label, l, t, w, primary) {
    box(l, t, w, px(36), primary ? T.hi : T.bar);
    font(16, false);
    var tw = x.measureText(label).width;
    text(label, l + (w - tw) / 2, t + px(18), primary ? T.hiText : T.text, 16, false);
  }

  box(0, 0, W, H, T.bg);
  var ww = px(1080), wh = px(760);
  var wl = Math.round((W - ww) / 2), wt = Math.round((H - wh) / 2);
  box(wl, wt, ww, wh, T.win);
  box(wl, wt, ww, px(52), T.bar);
  text(g.brand, wl + px(20), wt + px(26), T.hi, 20, true);
  font(20, true);
  text(g.title, wl + px(20) + x.measureText(g.brand).width + px(24), wt + px(26), T.text, 20, true);

  if (g.screen === 'info') {
    var tabs = ['SYSTEM', 'EVENT', 'NETWORK', 'LOG'];
    for (var ti = 0; ti < tabs.length; ti++) {
      var tl = wl + px(220) + ti * px(150);
      if (ti === 0) box(tl, wt + px(52), px(150), px(44), T.hi);
      text(tabs[ti], tl + px(28), wt + px(74), ti === 0 ? T.hiText : T.label, 16, ti === 0);
    }
    box(wl, wt + px(96), px(200), wh - px(96), T.nav);
    var nav = ['Version', 'Disk', 'BPS', 'Device Status'];
    for (var ni = 0; ni < nav.length; ni++) {
      var nt = wt + px(112) + ni * px(46);
      if (ni === 0) box(wl, nt, px(200), px(40), T.hi);
      text(nav[ni], wl + px(24), nt + px(20), ni === 0 ? T.hiText : T.text, 17, false);
    }
    var left = wl + px(240), valueLeft = wl + px(520), top = wt + px(140);
    for (var r = 0; r < g.rows.length; r++) {
      var y = top + r * px(52);
      text(g.rows[r][0], left, y, T.label, 19, false);
      text(g.rows[r][1], valueLeft, y, T.text, 19, false);
      box(left, y + px(26), ww - px(280), 1, T.line);
    }
    button('Back', wl + ww - px(160), wt + wh - px(64), px(120), false);
  } else {
    var q = g.qr, n = q.length, cell = Math.max(2, Math.floor(px(300) / (n + 8)));
    var qs = cell * (n + 8), ql = wl + px(40), qt = wt + px(90);
    box(ql, qt, qs, qs, '#ffffff');
    x.fillStyle = '#000000';
    for (var qr = 0; qr < n; qr++) {
      for (var qc = 0; qc < n; qc++) {
        if (q[qr].charAt(qc) === '1') x.fillRect(ql + (qc + 4) * cell, qt + (qr + 4) * cell, cell, cell);
      }
    }
    var tl2 = ql + qs + px(40), tt = qt + px(10);
    for (var li = 0; li < g.lines.length; li++) {
      text(g.lines[li], tl2, tt + li * px(34), li === 0 ? T.text : T.label, 17, li === 0);
    }
    var et = tt + g.lines.length * px(34) + px(16);
    text('Reserved Email:', tl2, et, T.label, 18, false);
    text(g.email, tl2 + px(150), et, T.text, 18, true);
    var st = Math.max(qt + qs, et) + px(50);
    text('Security Code', ql, st, T.label, 18, false);
    box(ql + px(160), st - px(18), px(300), px(36), T.nav);
    box(ql + px(160), st + px(17), px(300), 1, T.line);
    button('OK', wl + ww - px(300), wt + wh - px(64), px(120), true);
    button('Cancel', wl + ww - px(160), wt + wh - px(64), px(120), false);
  }
})`;
