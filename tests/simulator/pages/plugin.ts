/**
 * Plug-in era page (pre-2017 ActiveX/NPAPI "webplugin" UI): WEB SERVICE title, a relative
 * `webplugin.exe` download link, `BackUpBeginTimeChanged` and `playback_bottom_bar`
 * (public Go/Perl scanner fingerprints, reference §1.1).
 */
import { BRAND_STYLES } from '../brands';
import type { PageContext } from './context';
import { forgotDialogHtml } from './forgot-dialog';
import { footerHtml } from './footer';
import { initWizardHtml } from './init-wizard';
import { H5_IDS } from './h5';
import { esc } from './html';

// The plugin-era page and the H5 page share Dahua's login form markup, ids included.
export const PLUGIN_IDS = H5_IDS;

export function renderPluginPage(ctx: PageContext): string {
  const { device } = ctx;
  const brand = BRAND_STYLES[device.brand];
  const main =
    ctx.state === 'init'
      ? initWizardHtml(device)
      : `<div id="login_wrap" class="login_wrap">
  <div class="login_logo"><img src="image/logo.png" alt="${esc(brand.logoText)}" /></div>
  <form id="${PLUGIN_IDS.form}" action="#" onsubmit="return false;">
  <table class="login_table">
    <tr><td>Username:</td><td><input type="text" id="${PLUGIN_IDS.user}" name="username" value="admin" maxlength="31" /></td></tr>
    <tr><td>Password:</td><td><input type="password" id="${PLUGIN_IDS.password}" name="password" maxlength="32" /></td></tr>
    <tr><td></td><td><input type="submit" id="${PLUGIN_IDS.submit}" class="btn" value="Login" /> <a href="#" id="${PLUGIN_IDS.forgot}">Forgot password?</a></td></tr>
  </table>
  </form>
  <p id="${PLUGIN_IDS.message}" class="login_tip" style="display:none"></p>
  <div id="plugin_tip" class="plugin_tip">If live video does not play, please <a href="webplugin.exe">download and install the plug-in</a>, close the browser and log in again.</div>
  ${footerHtml(device, { tag: 'div', withFirmware: false })}
</div>`;
  const dialog = ctx.state === 'forgot' ? forgotDialogHtml(device, ctx.payload, ctx.maskedEmail) : '';
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>WEB SERVICE</title>
<link rel="shortcut icon" href="favicon.ico" />
<link href="css/login.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/common.js"></script>
<script type="text/javascript">
var g_pluginFile = "webplugin.exe";
function BackUpBeginTimeChanged() {
  // Playback page: keeps the backup end time after the begin time.
  var bar = document.getElementById("playback_bottom_bar");
  if (bar) bar.setAttribute("data-changed", "1");
}
</script>
</head>
<body>
${main}
<div id="${PLUGIN_IDS.dialogHost}">${dialog}</div>
<div id="playback_bottom_bar" class="playback_bottom_bar" style="display:none"></div>
${ctx.state === 'init' ? '' : '<script type="text/javascript" src="js/login.js"></script>'}
</body>
</html>
`;
}
