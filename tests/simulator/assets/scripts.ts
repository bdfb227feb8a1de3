/**
 * Small stand-ins for the vendor JS/CSS the pages reference. The real files are large
 * third-party builds; the simulator only needs plausible, harmless bodies that load without
 * errors, since the detector looks at the URLs and the page flow lives in login-script.ts.
 */

export const JQUERY_JS = `/* jQuery-compatible stub served by the recorder simulator (the device ships jQuery here). */
(function (window) {
  function Q(selector) {
    var nodes = typeof selector === 'string' ? window.document.querySelectorAll(selector) : selector ? [selector] : [];
    for (var i = 0; i < nodes.length; i++) this[i] = nodes[i];
    this.length = nodes.length;
  }
  Q.prototype.each = function (fn) { for (var i = 0; i < this.length; i++) fn.call(this[i], i, this[i]); return this; };
  Q.prototype.show = function () { return this.each(function () { this.style.display = ''; }); };
  Q.prototype.hide = function () { return this.each(function () { this.style.display = 'none'; }); };
  function jQuery(selector) { return new Q(selector); }
  jQuery.fn = Q.prototype;
  jQuery.extend = function (target) {
    for (var i = 1; i < arguments.length; i++) for (var k in arguments[i]) target[k] = arguments[i][k];
    return target;
  };
  jQuery.version = '1.8.3';
  window.jQuery = window.$ = jQuery;
})(window);
`;

export const TEST_PAGE_JS = `/* debug/testPage.js: switches the UI into test mode when ?test=1 is in the URL. */
(function (window) {
  window.isTestPage = /[?&]test=1(&|$)/.test(window.location.search);
})(window);
`;

export const PUBSUB_JS = `/* jquery.pubsub.js: tiny publish/subscribe bus used between the UI widgets. */
(function ($) {
  var topics = {};
  $.subscribe = function (topic, fn) { (topics[topic] = topics[topic] || []).push(fn); };
  $.publish = function (topic) {
    var args = Array.prototype.slice.call(arguments, 1), list = topics[topic] || [];
    for (var i = 0; i < list.length; i++) list[i].apply(null, args);
  };
})(window.jQuery);
`;

export const UI_CORE_JS = `/* jquery.ui.core.js (stub): keyCode table used by the widgets. */
(function ($) {
  $.ui = $.ui || {};
  $.ui.version = '1.8.24';
  $.ui.keyCode = { ENTER: 13, ESCAPE: 27, TAB: 9, SPACE: 32 };
})(window.jQuery);
`;

export const UI_WIDGET_JS = `/* jquery.ui.widget.js (stub): widget factory registry. */
(function ($) {
  $.widget = function (name, proto) { $.ui[name.split('.').pop()] = proto; return proto; };
})(window.jQuery);
`;

export const COMMON_JS = `/* js/common.js: helpers of the plug-in era UI. */
var g_browser = (function () {
  var ua = navigator.userAgent;
  return { ie: /MSIE|Trident/.test(ua), ff: /Firefox/.test(ua), chrome: /Chrome/.test(ua) };
})();
function isPluginInstalled() {
  // ActiveX/NPAPI plug-ins no longer load in current browsers: always "not installed".
  return false;
}
`;

export const DHLIB_JS = `/* dhlib.min.js (stub): namespace and event helpers of the baseProj UI. */
window.DH = window.DH || { version: '4.0', on: function (el, type, fn) { el.addEventListener(type, fn, false); } };
`;

export const I18N_EN_JS = `/* baseProj/js/i18n/English.js */
window.DH = window.DH || {};
window.DH.lang = { 'login.title': 'Login', 'login.forget': 'Forgot password?', 'login.locked': 'The account has been locked.' };
`;

export const PLUGIN_INFO_JS = `/* app/plugin/pluginInfo.js: the H5 UI plays video without a plug-in; kept for old browsers. */
window.pluginInfo = { name: 'webplugin', required: false };
`;

/** Device Initialization wizard, shared by every generation's stylesheet. */
export const INIT_WIZARD_CSS = `.init-wizard{width:560px;margin:6vh auto;padding:24px 32px;background:#fff;font-size:13px;color:#333}
.init-title{margin:0 0 12px;font-size:20px}
.init-steps{display:flex;gap:24px;margin:0 0 18px;padding:0;list-style:none;color:#999}.init-steps .active{color:#1d6fd6;font-weight:bold}
.init-row{display:flex;align-items:center;margin:10px 0}.init-row>label:first-child{width:140px}.init-eula>label:first-child{width:auto}
.init-row input[type=text],.init-row input[type=password],.init-row input[type=email]{flex:1;height:28px;padding:0 6px;border:1px solid #c8c8c8}
.init-strength{margin-left:140px;display:flex;gap:4px}.init-strength span{flex:1;padding:2px 0;text-align:center;font-size:11px;color:#999;background:#eee}
.init-strength span.on{color:#fff;background:#3bb54a}
.init-rule,.init-note{margin:6px 0 6px 140px;color:#888;font-size:12px}
.init-questions{margin:12px 0;border:1px solid #ddd}.init-question{display:grid;grid-template-columns:130px 1fr;gap:4px 8px;margin:6px 0}
.init-tip{min-height:16px;color:#d9001b}
#init_next{min-width:96px;height:32px;color:#fff;background:#1d6fd6;border:0;cursor:pointer}
`;

export function oldUiCss(accent: string, background: string): string {
  return `body{margin:0;font:12px/1.5 Arial,Helvetica,sans-serif;color:#333;background:#e9ecef url(${background}) repeat-x}
.login_wrap,.login{width:420px;margin:80px auto;padding:24px;background:#fff;border:1px solid #c8c8c8}
.login_logo,.login-logo{margin-bottom:16px}
input[type=text],input[type=password],select{width:200px;height:22px;border:1px solid #aaa}
.u-input{margin:8px 0}.u-input label{display:inline-block;width:80px}.login_table td{padding:4px}.login-btns{margin:12px 0 0 80px}
.btn,.u-button{display:inline-block;padding:3px 18px;color:#fff;background:${accent};border:0;text-decoration:none;cursor:pointer}
.login_tip,.login-tip{color:#c00}
.footer{margin-top:16px;color:#888;font-size:11px}.footer span{display:block}
.ui-dialog,.popup{position:absolute;top:60px;left:50%;width:480px;margin-left:-240px;background:#fff;border:1px solid #999}
.ui-dialog-titlebar,.popup_title{padding:6px 10px;color:#fff;background:${accent}}
.ui-dialog-content,.popup_content{padding:12px}
.reset-close{float:right;color:#fff;text-decoration:none}
${INIT_WIZARD_CSS}`;
}

export function h5Css(accent: string): string {
  return `html,body{height:100%;margin:0}
body{font:14px "Microsoft YaHei",Arial,sans-serif;background:#1c2330 url(/baseProj/images/login_bg.png) no-repeat center/cover}
.login-page{width:400px;margin:10vh auto;padding:30px;background:rgba(255,255,255,.95);border-radius:2px}
.login-header{text-align:center;margin-bottom:20px}
.x-field{margin-bottom:14px}.x-field input{width:100%;box-sizing:border-box;height:34px;padding:0 8px;border:1px solid #c9ced6}
.x-btn{display:inline-block;min-width:80px;height:34px;color:#fff;background:${accent};border:0;cursor:pointer}
.login-forget{float:right;color:${accent}}.login-tip{color:#d9001b}
.footer{margin-top:18px;color:#8a8f99;font-size:12px;text-align:center}.footer span{display:block}
.x-window{position:fixed;top:60px;left:50%;width:520px;margin-left:-260px;background:#fff;box-shadow:0 2px 12px rgba(0,0,0,.4)}
.x-window-header{padding:10px 16px;color:#fff;background:${accent}}.x-window-body{padding:16px}
.reset-close{float:right;color:#fff;text-decoration:none}
${INIT_WIZARD_CSS}`;
}
