/**
 * The web "Reset Password" dialog (reference §3.4: QR + masked e-mail + instructions +
 * security-code input). One template serves both the server-rendered forgot state and the
 * page JS, which fills the placeholders from the live `PasswdFind.getDescript` answer, so
 * the two cannot drift apart.
 */
import type { SimDevice, SimGeneration } from '../devices';
import { esc } from './html';

export const QR_SRC_TOKEN = '__QR_SRC__';
export const EMAIL_TOKEN = '__CONTACT_EMAIL__';

/** Simulator-only route that renders a QR PNG for any payload. */
export function qrImageSrc(payload: string): string {
  return `/__sim/qr.png?d=${encodeURIComponent(payload)}`;
}

const FRAME: Record<SimGeneration, { dialog: string; title: string; content: string; button: string }> = {
  plugin: { dialog: 'popup popup_reset', title: 'popup_title', content: 'popup_content', button: 'btn' },
  web3: {
    dialog: 'ui-dialog ui-widget ui-widget-content ui-corner-all',
    title: 'ui-dialog-titlebar ui-widget-header',
    content: 'ui-dialog-content ui-widget-content',
    button: 'u-button',
  },
  h5: {
    dialog: 'x-window x-window-reset',
    title: 'x-window-header',
    content: 'x-window-body',
    button: 'x-btn',
  },
  web5: {
    dialog: 'ant-modal reset-modal',
    title: 'ant-modal-header',
    content: 'ant-modal-body',
    button: 'ant-btn',
  },
};

/** The dialog with placeholders; `esc`aped device text only, safe to embed in page JS. */
export function forgotDialogTemplate(device: SimDevice): string {
  const f = FRAME[device.generation];
  const app =
    device.brand === 'Dahua'
      ? 'the DMSS app (Me → Test Tool → Password Resetting) or Easy4ip'
      : `the ${esc(device.brand)} mobile app`;
  const support =
    device.brand === 'Dahua'
      ? '<li>If you cannot use the app, scan the QR code with any QR reader and send the scanned text to ' +
        '<span class="reset-mail">support_rpwd@global.dahuatech.com</span>.</li>'
      : '';
  return `<div id="reset_dialog" class="${f.dialog}" role="dialog" aria-labelledby="reset_title">
  <div class="${f.title}"><span id="reset_title">Reset Password</span><a href="javascript:;" class="reset-close" id="reset_close" title="Close">×</a></div>
  <div class="${f.content}">
    <p class="reset-mode">Reset Type: Email</p>
    <div class="reset-qr-box"><img id="reset_qrcode" class="reset-qrcode" src="${QR_SRC_TOKEN}" alt="QR code"></div>
    <ol class="reset-steps" id="reset_steps">
      <li>Please use ${app} to scan the QR code. The security code will be sent to the reserved email: <span id="reset_email" class="reset-email">${EMAIL_TOKEN}</span></li>
      ${support}
      <li>The security code is valid for 24 hours. One QR code can get a security code at most twice; refresh the page to get a new QR code.</li>
      <li>Entering a wrong security code 5 times locks the admin account for 5 minutes.</li>
    </ol>
    <label for="reset_securityCode">Security Code</label>
    <input type="text" id="reset_securityCode" name="securityCode" maxlength="8" autocomplete="off">
    <p class="reset-tip" id="reset_tip"></p>
    <div class="reset-buttons"><button type="button" id="reset_next" class="${f.button}">Next</button> <button type="button" id="reset_cancel" class="${f.button}">Cancel</button></div>
  </div>
</div>`;
}

export function emailLabel(maskedEmail: string): string {
  return maskedEmail === '' ? '(no email reserved)' : maskedEmail;
}

/** Server-side fill, for the forgot state rendered without JS. */
export function forgotDialogHtml(device: SimDevice, payload: string, maskedEmail: string): string {
  return forgotDialogTemplate(device)
    .replace(QR_SRC_TOKEN, () => esc(qrImageSrc(payload)))
    .replace(EMAIL_TOKEN, () => esc(emailLabel(maskedEmail)));
}
