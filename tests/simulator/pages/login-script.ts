/**
 * The page JS shared by every generation: the two-step `global.login` on submit and the
 * "Forgot password?" → `PasswdFind.getDescript` → reset dialog flow.
 *
 * Nothing runs on page load: the only requests a page makes are the ones a user triggers,
 * so the request log shows exactly what the product itself sent (reference §2.5: send the
 * challenge at most once per page view).
 */
import { EMAIL_TOKEN, QR_SRC_TOKEN } from './forgot-dialog';
import { jsLiteral } from './html';
import { MD5_JS } from './md5-script';

export interface LoginScriptConfig {
  clientType: 'Web3.0' | 'Web5.0';
  /** jQuery-era pages post form-encoded content types, the SPA posts JSON. */
  contentType: string;
  ids: {
    /** Optional <form> whose submit (Enter key) starts the login. */
    form?: string;
    user: string;
    password: string;
    submit: string;
    message: string;
    forgot: string;
    dialogHost: string;
  };
  /** forgotDialogTemplate(device) */
  dialogTemplate: string;
}

export function loginClientScript(cfg: LoginScriptConfig): string {
  // clientType is spliced in as a literal so the bundle reads `clientType:"Web5.0"` like
  // the real one (Intelbras notes) instead of a config lookup.
  const ct = jsLiteral(cfg.clientType);
  const settings = {
    contentType: cfg.contentType,
    ids: cfg.ids,
    dialog: cfg.dialogTemplate,
    qr: QR_SRC_TOKEN,
    email: EMAIL_TOKEN,
  };
  return `(function (cfg) {
  'use strict';
  ${MD5_JS.replace(/\n/g, '\n  ')}
  var rpcId = 0;
  function $(id) { return document.getElementById(id); }
  function say(text) {
    var el = $(cfg.ids.message);
    if (el) { el.textContent = text; el.style.display = text ? '' : 'none'; }
  }
  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function post(url, body, done) {
    var x = new XMLHttpRequest();
    x.open('POST', url, true);
    x.setRequestHeader('Content-Type', cfg.contentType);
    x.setRequestHeader('X-Requested-With', 'XMLHttpRequest');
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var r = null;
      try { r = JSON.parse(x.responseText); } catch (e) { r = null; }
      done(r);
    };
    x.send(JSON.stringify(body));
  }
  function loginFailed(r) {
    var code = r && r.error ? r.error.code : 0;
    var p = (r && r.params) || {};
    if (code === 268632085) say('User name or password is incorrect. ' + p.remainLoginTimes + ' attempt(s) left.');
    else if (code === 268632081) say('The account has been locked. Please try again in ' + p.remainLockSecond + ' seconds.');
    else if (code === 268632086) say('The device is not initialized.');
    else say('Login failed' + (code ? ' (error ' + code + ')' : '') + '.');
  }
  function login() {
    var userEl = $(cfg.ids.user), pwdEl = $(cfg.ids.password);
    var user = (userEl && userEl.value) || 'admin';
    var pwd = pwdEl ? pwdEl.value : '';
    if (!pwd) { say('Please input password.'); return; }
    say('');
    post('/RPC2_Login', { method: 'global.login', params: { userName: user, password: '', clientType:${ct}, loginType: 'Direct' }, id: ++rpcId }, function (r1) {
      var p = r1 && r1.params;
      if (!p || !p.realm || !p.random) { loginFailed(r1); return; }
      var ha1 = md5(user + ':' + p.realm + ':' + pwd).toUpperCase();
      var pass = md5(user + ':' + p.random + ':' + ha1).toUpperCase();
      var params = { userName: user, password: pass, clientType:${ct}, loginType: 'Direct',
        authorityType: p.encryption || 'Default', passwordType: 'Default' };
      if (p.opaque) { params.realm = p.realm; params.random = p.random; params.opaque = p.opaque; }
      post('/RPC2_Login', { method: 'global.login', params: params, id: ++rpcId, session: r1.session }, function (r2) {
        if (r2 && r2.result === true) say('Login succeeded.');
        else loginFailed(r2);
      });
    });
  }
  function closeReset() {
    var d = $('reset_dialog');
    if (d && d.parentNode) d.parentNode.removeChild(d);
  }
  function wireReset() {
    if (!$('reset_dialog')) return;
    $('reset_cancel').onclick = closeReset;
    $('reset_close').onclick = function (e) { if (e) e.preventDefault(); closeReset(); };
    $('reset_next').onclick = function () {
      var code = $('reset_securityCode').value.replace(/\\s+/g, '');
      var tip = $('reset_tip');
      if (!code) { tip.textContent = 'Please enter the security code.'; return; }
      post('/OutsideCmd', { method: 'PasswdFind.checkAuthCode', params: { authCode: code }, id: ++rpcId }, function (r) {
        tip.textContent = r && r.result === true ? 'Security code verified.' : 'The security code is incorrect or expired.';
      });
    };
  }
  function openReset(e) {
    if (e) e.preventDefault();
    post('/OutsideCmd', { method: 'PasswdFind.getDescript', params: { name: 'admin' }, id: ++rpcId }, function (r) {
      var p = r && r.params;
      if (!r || r.result !== true || !p || !p.desc) {
        say('Password reset is not available' + (r && r.error ? ' (error ' + r.error.code + ')' : '') + '.');
        return;
      }
      closeReset();
      var src = '/__sim/qr.png?d=' + encodeURIComponent(p.desc);
      var html = cfg.dialog.split(cfg.qr).join(escapeHtml(src))
        .split(cfg.email).join(escapeHtml(p.contactEmail || '(no email reserved)'));
      $(cfg.ids.dialogHost).innerHTML = html;
      wireReset();
    });
  }
  var submit = $(cfg.ids.submit);
  if (submit) submit.onclick = function (e) { if (e) e.preventDefault(); login(); };
  var form = cfg.ids.form ? $(cfg.ids.form) : null;
  if (form) form.onsubmit = function (e) { if (e) e.preventDefault(); login(); return false; };
  var forgot = $(cfg.ids.forgot);
  if (forgot) forgot.onclick = openReset;
  wireReset();
})(${jsLiteral(settings)});`;
}
