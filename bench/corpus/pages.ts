/**
 * HTML pages for the OCR corpus, beside the simulator's canvas-only local GUI: a web UI's
 * device-info table, a modal dialog with "Label: value" lines, a device sticker (label over
 * value, a fake barcode, regulatory marks) and a ConfigTool-like device list (column headers
 * above the values). Each returns the page and what it shows (null for a field not drawn).
 */
import { macWithColons, type CorpusDevice } from './devices';

export interface PageStyle {
  font: string;
  /** CSS px. */
  size: number;
  theme: 'light' | 'dark';
}

export interface ShownFields {
  model: string | null;
  serial: string | null;
  /** 12 hex digits. */
  mac: string | null;
  /** Canonical: 4.001.0000000.1.R or 4.001.0000000.1.R,build:2020-11-26. */
  firmware: string | null;
}

export interface CorpusPage {
  html: string;
  shows: ShownFields;
}

function esc(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function colours(theme: PageStyle['theme']): {
  bg: string;
  panel: string;
  text: string;
  label: string;
  line: string;
  accent: string;
} {
  return theme === 'dark'
    ? {
        bg: '#1d2129',
        panel: '#262b35',
        text: '#e8eaee',
        label: '#9aa3b2',
        line: '#363c48',
        accent: '#3d7bd9',
      }
    : {
        bg: '#eef1f5',
        panel: '#ffffff',
        text: '#222222',
        label: '#666e7a',
        line: '#dde2e8',
        accent: '#1e6fb8',
      };
}

function doc(style: PageStyle, css: string, body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0}
body{font-family:${style.font};font-size:${style.size}px;}
${css}
</style></head><body>${body}</body></html>`;
}

/** Web3.0/H5-like "Info → Version" page: a menu, a title and a two-column table. */
export function infoTablePage(d: CorpusDevice, style: PageStyle, variant: number): CorpusPage {
  const c = colours(style.theme);
  const dated = variant % 2 === 0;
  const version = dated ? `V${d.firmware}, Build Date: ${d.buildDate}` : `${d.firmware},build:${d.buildDate}`;
  const serialLabel = ['Serial No.', 'SN', 'Device SN', 'Serial Number'][variant % 4]!;
  const modelLabel = ['Device Type', 'Model', 'Device Model', 'Model No.'][variant % 4]!;
  const rows: [string, string][] = [
    ['Device Name', d.model.replace(/^DHI?-/, '').slice(0, 3)],
    [modelLabel, d.model],
    ['Hardware Version', 'V1.00'],
    ['System Version', version],
    ['Web Version', 'V3.2.1.948164'],
    ['ONVIF Version', '21.06(V3.1.0.1135285)'],
    [serialLabel, d.serial],
    ['MAC Address', variant % 3 === 0 ? macWithColons(d.mac).toLowerCase() : macWithColons(d.mac)],
    ['Security Baseline Version', 'V2.1'],
  ];
  const css = `
body{background:${c.bg};color:${c.text}}
.top{height:${style.size * 3}px;background:${c.accent};color:#fff;font-weight:bold;display:flex;align-items:center;padding:0 24px;font-size:${style.size + 4}px}
.top span{margin-left:40px;font-weight:normal;font-size:${style.size}px;opacity:.85}
.menu{position:absolute;left:0;top:${style.size * 3}px;width:${style.size * 14}px;bottom:0;background:${c.panel};border-right:1px solid ${c.line}}
.menu div{padding:${style.size * 0.6}px 20px;color:${c.label}}
.menu .on{background:${c.accent};color:#fff}
.main{margin-left:${style.size * 14 + 32}px;padding-top:24px}
h2{font-size:${style.size + 3}px;margin:0 0 16px}
table{border-collapse:collapse;background:${c.panel}}
td{padding:${Math.round(style.size * 0.55)}px ${style.size}px;border-bottom:1px solid ${c.line}}
td.k{color:${c.label};width:${style.size * 13}px}`;
  const body = `<div class="top">WEB SERVICE<span>Live&nbsp;&nbsp;&nbsp;Playback&nbsp;&nbsp;&nbsp;Setting&nbsp;&nbsp;&nbsp;Alarm&nbsp;&nbsp;&nbsp;Logout</span></div>
<div class="menu"><div>Camera</div><div>Network</div><div>Event</div><div>Storage</div><div>System</div><div class="on">Version</div><div>Log</div><div>Online User</div></div>
<div class="main"><h2>Version</h2><table>${rows.map(([k, v]) => `<tr><td class="k">${esc(k)}</td><td>${esc(v)}</td></tr>`).join('')}</table></div>`;
  return {
    html: doc(style, css, body),
    shows: { model: d.model, serial: d.serial, mac: d.mac, firmware: `${d.firmware},build:${d.buildDate}` },
  };
}

/** A modal over a dimmed page: "Label: value" on each line, firmware without a date. */
export function dialogPage(d: CorpusDevice, style: PageStyle, variant: number): CorpusPage {
  const c = colours(style.theme);
  const showFirmware = variant % 3 !== 2;
  const lines = [
    `Device Type: ${d.model}`,
    `${['SN', 'S/N', 'Serial No.'][variant % 3]}: ${d.serial}`,
    `MAC: ${variant % 2 ? d.mac : macWithColons(d.mac)}`,
    ...(showFirmware ? [`Version: V${d.firmware}`] : []),
    'Status: Online',
  ];
  const css = `
body{background:${c.bg};color:${c.text}}
.page{padding:30px;opacity:.35}
.page p{margin:0 0 ${style.size}px}
.mask{position:fixed;inset:0;background:rgba(0,0,0,.45)}
.dlg{position:fixed;left:50%;top:18%;transform:translateX(-50%);width:${style.size * 34}px;background:${c.panel};border-radius:4px;box-shadow:0 4px 24px rgba(0,0,0,.5)}
.dlg .t{background:${c.accent};color:#fff;padding:10px 16px;font-weight:bold}
.dlg .b{padding:${style.size}px ${style.size * 1.4}px}
.dlg .b div{margin:${Math.round(style.size * 0.5)}px 0}
.dlg .f{text-align:right;padding:12px 16px;border-top:1px solid ${c.line}}
.dlg button{font:inherit;padding:4px 18px;margin-left:8px}`;
  const filler = Array.from(
    { length: 12 },
    (_, i) =>
      `<p>Channel ${i + 1} &nbsp; IPC &nbsp; 192.168.1.${110 + i} &nbsp; Connected &nbsp; H.265 2688×1520 25fps</p>`,
  ).join('');
  const body = `<div class="page">${filler}</div><div class="mask"></div>
<div class="dlg"><div class="t">Device Information</div><div class="b">${lines.map((l) => `<div>${esc(l)}</div>`).join('')}</div>
<div class="f"><button>Copy</button><button>Close</button></div></div>`;
  return {
    html: doc(style, css, body),
    shows: { model: d.model, serial: d.serial, mac: d.mac, firmware: showFirmware ? d.firmware : null },
  };
}

function barcode(seed: string, height: number): string {
  let bars = '';
  for (let i = 0; i < 60; i++) {
    const code = seed.charCodeAt(i % seed.length) + i * 7;
    bars += `<i style="width:${1 + (code % 3)}px;margin-right:${1 + ((code >> 2) % 2)}px"></i>`;
  }
  return `<div class="bc" style="height:${height}px">${bars}</div>`;
}

/** A device sticker photographed flat: black on off-white, label over value, barcodes, marks. */
export function stickerPage(d: CorpusDevice, style: PageStyle, variant: number): CorpusPage {
  const over = variant % 2 === 0;
  const field = (label: string, value: string): string =>
    over
      ? `<div class="f"><div class="l">${esc(label)}</div><div class="v">${esc(value)}</div></div>`
      : `<div class="f">${esc(label)}: ${esc(value)}</div>`;
  const css = `
body{background:${style.theme === 'dark' ? '#3a3a3a' : '#b9bcc0'};color:#111}
.st{margin:40px;width:${style.size * 30}px;background:${variant % 3 === 0 ? '#f7f7f2' : '#e9eaec'};padding:18px 24px;border-radius:6px;${variant % 4 === 1 ? 'filter:blur(0.35px);' : ''}}
.logo{font-weight:bold;font-size:${style.size + 8}px;letter-spacing:2px}
.sub{font-size:${style.size - 1}px;margin-bottom:12px}
.f{margin:${Math.round(style.size * 0.45)}px 0}
.l{font-size:${Math.max(9, style.size - 3)}px;color:#444}
.v{font-weight:bold}
.bc{display:flex;align-items:stretch;margin:4px 0 10px}
.bc i{display:block;background:#111}
.marks{display:flex;gap:18px;font-weight:bold;margin-top:10px;font-size:${style.size + 2}px}`;
  const body = `<div class="st"><div class="logo">${esc(d.brand.toUpperCase())}</div><div class="sub">Network Video Recorder</div>
${field('Model', d.model)}
${field('S/N', d.serial)}${barcode(d.serial, style.size * 2)}
${field('MAC', macWithColons(d.mac))}
<div class="f">Power: 12V ⎓ 2A</div><div class="f">Made in China</div>
<div class="marks"><span>CE</span><span>FC</span><span>RoHS</span><span>♻</span></div></div>`;
  return {
    html: doc(style, css, body),
    shows: { model: d.model, serial: d.serial, mac: d.mac, firmware: null },
  };
}

/** ConfigTool-like device list: one header row of labels, the device's values below. */
export function deviceListPage(d: CorpusDevice, style: PageStyle, _variant: number): CorpusPage {
  const c = colours(style.theme);
  const cells: [string, string][] = [
    ['No.', '1'],
    ['Status', 'Initialized'],
    ['Type', 'NVR'],
    ['Model', d.model],
    ['IP', '192.168.1.108'],
    ['MAC', macWithColons(d.mac)],
    ['Version', `V${d.firmware}`],
    ['Serial No.', d.serial],
  ];
  const css = `
body{background:${c.bg};color:${c.text};padding:24px}
.bar{margin-bottom:14px;color:${c.label}}
table{border-collapse:collapse;background:${c.panel}}
th{font-weight:normal;color:${c.label};text-align:left;padding:8px 14px;border-bottom:1px solid ${c.line}}
td{padding:8px 14px;white-space:nowrap}`;
  const body = `<div class="bar">Search Setting &nbsp; | &nbsp; Batch Upgrade &nbsp; | &nbsp; Password Reset &nbsp; | &nbsp; 1 device(s) found</div>
<table><tr>${cells.map(([k]) => `<th>${esc(k)}</th>`).join('')}</tr><tr>${cells.map(([, v]) => `<td>${esc(v)}</td>`).join('')}</tr></table>`;
  return {
    html: doc(style, css, body),
    shows: { model: d.model, serial: d.serial, mac: d.mac, firmware: d.firmware },
  };
}
