/**
 * "Web3.0" jQuery UI page, modelled on the real 2018 capture (fixture 01): the same <head>
 * script order, plus the markers Greenbone and Ostorlab report — `t_username`,
 * `slct_userType`, `ui-video-wrap-icon`, `ui-dialog-content`, `>Login<`, the unsubstituted
 * `@WebVersion@` cache-buster and the `com.ErrorAuthorizeReloginTip` i18n key.
 * Amcrest's rebrand is this page with Amcrest's logo and footer.
 */
import { BRAND_STYLES } from '../brands';
import type { PageContext } from './context';
import { forgotDialogHtml } from './forgot-dialog';
import { footerHtml } from './footer';
import { initWizardHtml } from './init-wizard';
import { esc } from './html';

export const WEB3_IDS = {
  form: 'f_login',
  user: 't_username',
  password: 't_password',
  submit: 'b_login',
  message: 'login_tip',
  forgot: 'a_forget',
  dialogHost: 'dialog_host',
} as const;

const V = '?version=@WebVersion@';

export function renderWeb3Page(ctx: PageContext): string {
  const { device } = ctx;
  const brand = BRAND_STYLES[device.brand];
  const main =
    ctx.state === 'init'
      ? initWizardHtml(device)
      : `<div id="login" class="login">
  <div class="login-logo"><img src="image/logo.png" alt="${esc(brand.logoText)}"></div>
  <div class="login-box">
    <form id="${WEB3_IDS.form}" action="#" onsubmit="return false;">
      <div class="u-input"><label for="${WEB3_IDS.user}">Username</label><input type="text" id="${WEB3_IDS.user}" name="username" value="admin" maxlength="31"></div>
      <div class="u-input"><label for="${WEB3_IDS.password}">Password</label><input type="password" id="${WEB3_IDS.password}" name="password" maxlength="32"></div>
      <div class="u-input"><label for="slct_userType">Type</label><select id="slct_userType" name="userType"><option value="Local">Local</option><option value="LDAPUser">LDAP</option></select></div>
      <div class="login-btns"><a href="#" id="${WEB3_IDS.submit}" class="u-button">Login</a> <a href="#" id="${WEB3_IDS.forgot}" class="forget">Forgot password?</a></div>
    </form>
    <p id="${WEB3_IDS.message}" class="login-tip" style="display:none"></p>
  </div>
  <div class="ui-video-wrap-icon"></div>
  ${footerHtml(device, { tag: 'div', withFirmware: false })}
</div>
<div id="dlg_relogin" class="ui-dialog-content" style="display:none"><span tkey="com.ErrorAuthorizeReloginTip"></span></div>`;
  const dialog = ctx.state === 'forgot' ? forgotDialogHtml(device, ctx.payload, ctx.maskedEmail) : '';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
<head>
<title>WEB SERVICE</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=6;IE=7; IE=8; IE=EmulateIE7">
<script type="text/javascript" src="jsBase/lib/jquery.js${V}"></script>
<script type="text/javascript" src="debug/testPage.js${V}"></script>
<script type="text/javascript" src="jsBase/lib/jquery.pubsub.js${V}"></script>
<script type="text/javascript" src="jsBase/widget/js/jquery.ui.core.js${V}"></script>
<script type="text/javascript" src="jsBase/widget/js/jquery.ui.widget.js${V}"></script>
<link rel="stylesheet" type="text/css" href="jsBase/widget/css/jquery.ui.css${V}">
<link rel="stylesheet" type="text/css" href="css/login.css${V}">
<script type="text/javascript">
var WebVersion = "@WebVersion@";
var g_lang = {
  "com.Login": "Login",
  "com.ErrorAuthorizeReloginTip": "Your login has expired. Please log in again.",
  "com.ForgetPassword": "Forgot password?"
};
</script>
</head>
<body>
${main}
<div id="${WEB3_IDS.dialogHost}">${dialog}</div>
${ctx.state === 'init' ? '' : `<script type="text/javascript" src="js/loginEx.js${V}"></script>`}
</body>
</html>
`;
}
