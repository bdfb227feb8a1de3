/**
 * "baseProj" H5 page (2019+ NVRs, e.g. DHI-NVR5232-4KS2 FW 4.002.0000000.8.R): favicon at
 * /baseProj/images/favicon.ico, logo at custom_logo/web_logo.png, /baseProj/js and
 * /app/plugin bundles, and the login flow inline (Greenbone 2021: `global.login` +
 * `/RPC2_Login` in inline JS). Dahua-made Lorex NVRs serve this UI with their own logo.
 */
import { BRAND_STYLES } from '../brands';
import type { PageContext } from './context';
import { forgotDialogHtml, forgotDialogTemplate } from './forgot-dialog';
import { footerHtml } from './footer';
import { initWizardHtml } from './init-wizard';
import { esc } from './html';
import { loginClientScript } from './login-script';

export const H5_IDS = {
  form: 'login_form',
  user: 'login_user',
  password: 'login_psw',
  submit: 'login_btn',
  message: 'login_tip',
  forgot: 'login_forget',
  dialogHost: 'dialog_host',
} as const;

export function renderH5Page(ctx: PageContext): string {
  const { device } = ctx;
  const brand = BRAND_STYLES[device.brand];
  const flow = loginClientScript({
    clientType: 'Web3.0',
    contentType: 'application/json;charset=UTF-8',
    ids: { ...H5_IDS },
    dialogTemplate: forgotDialogTemplate(device),
  });
  const main =
    ctx.state === 'init'
      ? initWizardHtml(device)
      : `<div id="login" class="login-page">
  <div class="login-header"><img id="login_logo" src="custom_logo/web_logo.png" alt="${esc(brand.logoText)}"></div>
  <form id="${H5_IDS.form}" class="login-box" action="#" autocomplete="off">
    <div class="x-field"><input type="text" id="${H5_IDS.user}" name="username" value="admin" placeholder="Username" maxlength="31"></div>
    <div class="x-field"><input type="password" id="${H5_IDS.password}" name="password" placeholder="Password" maxlength="32"></div>
    <div class="x-field"><button type="submit" id="${H5_IDS.submit}" class="x-btn">Login</button> <a href="#" id="${H5_IDS.forgot}" class="login-forget">Forgot password?</a></div>
    <p id="${H5_IDS.message}" class="login-tip" style="display:none"></p>
  </form>
  ${footerHtml(device, { tag: 'footer', withFirmware: true })}
</div>`;
  const dialog = ctx.state === 'forgot' ? forgotDialogHtml(device, ctx.payload, ctx.maskedEmail) : '';
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>WEB SERVICE</title>
<link rel="shortcut icon" href="/baseProj/images/favicon.ico" type="image/x-icon">
<link rel="stylesheet" href="/baseProj/css/base.css">
<script src="/baseProj/js/lib/dhlib.min.js"></script>
<script src="/baseProj/js/i18n/English.js"></script>
<script src="/app/plugin/pluginInfo.js"></script>
</head>
<body class="x-body">
${main}
<div id="${H5_IDS.dialogHost}">${dialog}</div>
${ctx.state === 'init' ? '' : `<script type="text/javascript">\n${flow}\n</script>`}
</body>
</html>
`;
}
