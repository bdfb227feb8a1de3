/**
 * The "Web5.0" SPA bundle (reference §1.1, Intelbras notes): an inline webpack runtime in
 * index.html that maps chunk ids to content hashes, `/static/js/<id>.<hash>.chunk.js`
 * files, and a login form that only exists after JS has run. The main chunk waits a short,
 * per-device delay (300–800 ms) and then lazy-loads the login chunk, which renders the form
 * into the empty <div id="root"> and carries `global.login` / `RPC2_Login` /
 * `clientType:"Web5.0"`.
 *
 * The runtime is a compact webpack-4-style JSONP bootstrap written for the simulator; it
 * really loads and runs the chunks, so a browser sees the same timing as on a device.
 */
import { BRAND_STYLES } from '../brands';
import type { SimDevice } from '../devices';
import { contentHash, hashUint32 } from '../derive';
import { forgotDialogTemplate } from './forgot-dialog';
import { footerHtml } from './footer';
import { esc, jsLiteral } from './html';
import { loginClientScript } from './login-script';
import { logoPng, hexToRgb } from '../assets/images';
import { INIT_WIZARD_CSS } from '../assets/scripts';

export interface BundleFile {
  contentType: string;
  body: string | Buffer;
}

export interface Web5Bundle {
  /** Inline <script> of index.html. */
  runtime: string;
  /** Script srcs after the runtime, in order. */
  scripts: string[];
  css: string;
  /** What the login chunk renders into #root (for DOM-snapshot tests). */
  loginMarkup: string;
  files: Map<string, BundleFile>;
}

const JSONP = 'webpackJsonpweb5';
const LOGIN_CHUNK = 7;
const LOGIN_MODULE = 77;
/** Lazy chunk ids in the runtime's map; the real UI has ≈144, a few dozen are enough. */
const LAZY_CHUNKS = Array.from({ length: 36 }, (_, i) => i + 3);

export const WEB5_IDS = {
  form: 'login_form',
  user: 'user_name',
  password: 'user_pwd',
  submit: 'login_button',
  message: 'login_error',
  forgot: 'forget_pwd',
  dialogHost: 'modal-root',
} as const;

/** Per-device delay before the form appears, fixed so timing-based tests are reproducible. */
export function web5RenderDelayMs(device: SimDevice): number {
  return 300 + (hashUint32('web5-delay', device.id) % 500);
}

function push(chunkId: number, modules: string, deferred = ''): string {
  return `(window["${JSONP}"]=window["${JSONP}"]||[]).push([[${chunkId}],{${modules}}${deferred}]);`;
}

function lazyChunk(id: number): string {
  // Placeholder route modules: each registers one view, as the real chunks register pages.
  const name = ['live', 'playback', 'alarm', 'setting', 'log', 'ai', 'storage', 'network'][id % 8] ?? 'view';
  const moduleId = id * 10 + 1;
  return push(
    id,
    `${moduleId}:function(e,t,n){"use strict";n.r(t),n.d(t,"default",function(){return r});` +
      `function r(e){var t=document.createElement("div");return t.className="page-${name}",t.setAttribute("data-chunk","${id}"),e&&e.appendChild(t),t}}`,
  );
}

function runtime(hashes: Record<number, string>): string {
  const map = `{${Object.entries(hashes)
    .map(([id, h]) => `${id}:"${h}"`)
    .join(',')}}`;
  return (
    `!function(e){function r(r){for(var n,l,f=r[0],i=r[1],a=r[2],c=0,s=[];c<f.length;c++)l=f[c],` +
    `Object.prototype.hasOwnProperty.call(o,l)&&o[l]&&s.push(o[l][0]),o[l]=0;for(n in i)Object.prototype.hasOwnProperty.call(i,n)&&(e[n]=i[n]);` +
    `for(p&&p(r);s.length;)s.shift()();return u.push.apply(u,a||[]),t()}function t(){for(var e,r=0;r<u.length;r++){` +
    `for(var t=u[r],n=!0,l=1;l<t.length;l++){var a=t[l];0!==o[a]&&(n=!1)}n&&(u.splice(r--,1),e=c(c.s=t[0]))}return e}` +
    `var n={},o={1:0},u=[];function c(r){if(n[r])return n[r].exports;var t=n[r]={i:r,l:!1,exports:{}};` +
    `return e[r].call(t.exports,t,t.exports,c),t.l=!0,t.exports}c.e=function(e){var r=[],t=o[e];if(0!==t)if(t)r.push(t[2]);` +
    `else{var n=new Promise(function(r,n){t=o[e]=[r,n]});r.push(t[2]=n);var u,a=document.createElement("script");` +
    `a.charset="utf-8",a.timeout=120,a.src=c.p+"static/js/"+({}[e]||e)+"."+${map}[e]+".chunk.js";` +
    `var i=new Error;u=function(r){a.onerror=a.onload=null,clearTimeout(f);var t=o[e];if(0!==t){if(t){` +
    `var n=r&&("load"===r.type?"missing":r.type),u=r&&r.target&&r.target.src;i.message="Loading chunk "+e+" failed.\\n("+n+": "+u+")",` +
    `i.name="ChunkLoadError",t[1](i)}o[e]=void 0}};var f=setTimeout(function(){u({type:"timeout",target:a})},12e4);` +
    `a.onerror=a.onload=u,document.head.appendChild(a)}return Promise.all(r)},c.m=e,c.c=n,` +
    `c.d=function(e,r,t){c.o(e,r)||Object.defineProperty(e,r,{enumerable:!0,get:t})},` +
    `c.r=function(e){"undefined"!=typeof Symbol&&Symbol.toStringTag&&Object.defineProperty(e,Symbol.toStringTag,{value:"Module"}),` +
    `Object.defineProperty(e,"__esModule",{value:!0})},c.o=function(e,r){return Object.prototype.hasOwnProperty.call(e,r)},c.p="/";` +
    `var a=window["${JSONP}"]=window["${JSONP}"]||[],i=a.push.bind(a);a.push=r,a=a.slice();for(var l=0;l<a.length;l++)r(a[l]);var p=i;t()}([]);`
  );
}

function web5Css(accent: string): string {
  return (
    `body{margin:0;font-family:"PingFang SC","Microsoft YaHei",Arial,sans-serif;background:#f0f2f5}` +
    `.login-page{min-height:100vh;display:flex;align-items:center;justify-content:center;background:linear-gradient(160deg,#1f2d3d,#3a4b5e)}` +
    `.login-card{width:360px;padding:32px;background:#fff;border-radius:4px;box-shadow:0 8px 24px rgba(0,0,0,.3)}` +
    `.login-logo{text-align:center;margin-bottom:24px}.form-item{margin-bottom:16px}` +
    `.form-item input{width:100%;box-sizing:border-box;height:36px;padding:0 11px;border:1px solid #d9d9d9;border-radius:2px}` +
    `.ant-btn{height:36px;padding:0 15px;border:1px solid #d9d9d9;border-radius:2px;background:#fff;cursor:pointer}` +
    `.ant-btn-primary{width:100%;color:#fff;background:${accent};border-color:${accent}}` +
    `.forget-link{display:block;margin-top:12px;text-align:right;color:${accent}}.login-error{color:#f5222d}` +
    `.footer{margin-top:24px;font-size:12px;color:#8c8c8c;text-align:center}.footer span{display:block}` +
    `.ant-modal{position:fixed;top:80px;left:50%;width:520px;margin-left:-260px;background:#fff;box-shadow:0 4px 12px rgba(0,0,0,.15)}` +
    `.ant-modal-header{padding:16px 24px;border-bottom:1px solid #f0f0f0;font-weight:600}.ant-modal-body{padding:24px}` +
    `.reset-qr-box{text-align:center}.reset-close{float:right;text-decoration:none;color:#999}` +
    INIT_WIZARD_CSS.replace(/\n/g, '')
  );
}

export function buildWeb5Bundle(device: SimDevice): Web5Bundle {
  const brand = BRAND_STYLES[device.brand];
  const files = new Map<string, BundleFile>();

  const logo = logoPng(brand.logoText, hexToRgb(brand.accent), 4);
  const logoPath = `/static/media/logo.${contentHash(logo)}.png`;
  files.set(logoPath, { contentType: 'image/png', body: logo });

  const css = web5Css(brand.accent);
  const cssPath = `/static/css/main.${contentHash(css)}.chunk.css`;
  files.set(cssPath, { contentType: 'text/css', body: css });

  const loginMarkup =
    `<div class="login-page"><div class="login-card">` +
    `<div class="login-logo"><img src="${logoPath}" alt="${esc(brand.logoText)}"></div>` +
    `<form id="${WEB5_IDS.form}" class="login-form" autocomplete="off">` +
    `<div class="form-item"><input id="${WEB5_IDS.user}" name="userName" placeholder="Username" value="admin" autocomplete="username"></div>` +
    `<div class="form-item"><input id="${WEB5_IDS.password}" name="password" type="password" placeholder="Password" autocomplete="current-password"></div>` +
    `<button type="submit" id="${WEB5_IDS.submit}" class="ant-btn ant-btn-primary">Login</button>` +
    `<a href="#" id="${WEB5_IDS.forgot}" class="forget-link">Forgot password?</a>` +
    `<p id="${WEB5_IDS.message}" class="login-error" style="display:none"></p></form>` +
    `${footerHtml(device, { tag: 'footer', withFirmware: true })}</div></div>`;

  const flow = loginClientScript({
    clientType: 'Web5.0',
    contentType: 'application/json;charset=UTF-8',
    ids: { ...WEB5_IDS },
    dialogTemplate: forgotDialogTemplate(device),
  });
  const loginChunk = push(
    LOGIN_CHUNK,
    `${LOGIN_MODULE}:function(e,t,n){"use strict";n.r(t),n.d(t,"mount",function(){return o});` +
      `var r=${jsLiteral(loginMarkup)};function o(e){if(!e||e.firstChild)return;e.innerHTML=r;\n${flow}\n}}`,
  );

  const hashes: Record<number, string> = {};
  for (const id of LAZY_CHUNKS) {
    const js = id === LOGIN_CHUNK ? loginChunk : lazyChunk(id);
    const h = contentHash(js);
    hashes[id] = h;
    files.set(`/static/js/${id}.${h}.chunk.js`, { contentType: 'application/javascript', body: js });
  }

  const vendor = push(
    2,
    `20:function(e,t,n){"use strict";n.r(t),n.d(t,"showError",function(){return r});` +
      `function r(e){var t=document.getElementById("root");t&&!t.firstChild&&(t.textContent="Loading failed, please refresh the page.")}}`,
  );
  const main = push(
    0,
    `10:function(e,t,n){"use strict";n.r(t);var r=n(20);window.setTimeout(function(){` +
      `n.e(${LOGIN_CHUNK}).then(n.bind(null,${LOGIN_MODULE})).then(function(e){e.mount(document.getElementById("root"))})` +
      `.catch(function(e){r.showError(e)})},${web5RenderDelayMs(device)})}`,
    ',[[10,1,2]]',
  );
  const vendorPath = `/static/js/2.${contentHash(vendor)}.chunk.js`;
  const mainPath = `/static/js/main.${contentHash(main)}.chunk.js`;
  files.set(vendorPath, { contentType: 'application/javascript', body: vendor });
  files.set(mainPath, { contentType: 'application/javascript', body: main });

  return { runtime: runtime(hashes), scripts: [vendorPath, mainPath], css: cssPath, loginMarkup, files };
}
