/**
 * `GET /__sim/local-gui`: the recorder's local (HDMI) GUI drawn on a <canvas>, for the OCR
 * path: "System Info → Version" (model, serial, MAC, firmware + build date) or the
 * "Forgot password" screen (QR + masked e-mail).
 */
import QRCode from 'qrcode';
import { BRAND_STYLES } from '../brands';
import type { SimDevice } from '../devices';
import { hashUint32, macWithColons, maskEmail } from '../derive';
import { jsLiteral } from './html';
import { LOCAL_GUI_JS } from './local-gui-script';

export interface LocalGuiOptions {
  screen: 'info' | 'forgot';
  width: number;
  height: number;
  theme: 'dark' | 'light';
  /** Reset blob drawn on the forgot screen. */
  payload: string;
}

function clampInt(raw: string | null, fallback: number, min: number, max: number): number {
  const n = raw === null ? Number.NaN : Number.parseInt(raw, 10);
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

/** Reads ?screen=, ?w=&h=, ?theme= (unknown values fall back to info, 1920×1080, dark). */
export function localGuiOptionsFrom(query: URLSearchParams, payload: string): LocalGuiOptions {
  return {
    screen: query.get('screen') === 'forgot' ? 'forgot' : 'info',
    width: clampInt(query.get('w'), 1920, 640, 3840),
    height: clampInt(query.get('h'), 1080, 480, 2160),
    theme: query.get('theme') === 'light' ? 'light' : 'dark',
    payload,
  };
}

/** 'NVR4216-4KS2' → 'NVR': the GUI's "Device Name" defaults to the product family. */
function deviceName(model: string): string {
  return /(IVSS|HCVR|MXVR|NVR|XVR|DVR|EVS)/.exec(model)?.[1] ?? 'Recorder';
}

/** The label/value rows of the Version screen. Tests compare OCR output against these. */
export function versionRows(d: SimDevice): [string, string][] {
  return [
    ['Device Name', deviceName(d.model)],
    ['Device Model', d.model],
    ['Hardware Version', 'V1.00'],
    ['System Version', `V${d.firmware}, Build Date: ${d.buildDate}`],
    ['Serial No.', d.serial],
    ['MAC Address', macWithColons(d.mac)],
    ['Security Baseline', 'V2.1'],
  ];
}

function qrRows(payload: string): string[] {
  const { modules } = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const rows: string[] = [];
  for (let r = 0; r < modules.size; r++) {
    let row = '';
    for (let c = 0; c < modules.size; c++) row += modules.get(r, c) ? '1' : '0';
    rows.push(row);
  }
  return rows;
}

function scramble(json: string, key: number): string {
  const out: number[] = [];
  for (let i = 0; i < json.length; i++) out.push(json.charCodeAt(i) ^ key);
  return `[${out.join(',')}]`;
}

export function renderLocalGuiPage(d: SimDevice, o: LocalGuiOptions): string {
  const brand = BRAND_STYLES[d.brand];
  const email = maskEmail(d.email);
  const data = {
    w: o.width,
    h: o.height,
    theme: o.theme,
    screen: o.screen,
    brand: brand.guiName,
    title: o.screen === 'info' ? 'INFO' : 'RESET PASSWORD',
    rows: o.screen === 'info' ? versionRows(d) : [],
    qr: o.screen === 'forgot' ? qrRows(o.payload) : [],
    email: email === '' ? '(not set)' : email,
    lines: [
      'Scan the QR code to get the security code.',
      d.brand === 'Dahua'
        ? 'Use the DMSS app: Me > Test Tool > Password Resetting.'
        : `Use the ${d.brand} mobile app.`,
      'The security code will be sent to your reserved email.',
      'The security code is valid for 24 hours.',
    ],
  };
  const key = 17 + (hashUint32('gui-key', d.id) % 200);
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>HDMI output</title>
<style>html,body{margin:0;padding:0;background:#000;overflow:hidden}canvas{display:block}</style>
</head>
<body>
<canvas id="screen" width="${o.width}" height="${o.height}"></canvas>
<script>
${LOCAL_GUI_JS}(${jsLiteral(key)}, ${scramble(JSON.stringify(data), key)});
</script>
</body>
</html>
`;
}
