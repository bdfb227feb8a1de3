/**
 * The "Device Initialization" wizard of post-2017 firmware (reference §6.3): admin password
 * (8–32 chars, ≥ 2 kinds of letters/digits/symbols, none of ' " ; : &), confirmation,
 * reserved e-mail, security questions where the device has them, and the licence checkbox.
 */
import type { SimDevice } from '../devices';
import { esc } from './html';

const QUESTIONS = [
  'What is your favorite children’s book?',
  'What was the first name of your first boss?',
  'What is the name of your favorite fruit?',
  'What is your favorite sports team?',
  'What was the name of your first pet?',
];

function questionBlock(n: number): string {
  const options = QUESTIONS.map((q, i) => `<option value="${i}">${esc(q)}</option>`).join('');
  return `<div class="init-question"><label for="init_q${n}">Security Question ${n}</label><select id="init_q${n}">${options}</select>
      <label for="init_a${n}">Answer</label><input type="text" id="init_a${n}" maxlength="32"></div>`;
}

export function initWizardHtml(device: SimDevice): string {
  const questions =
    device.generation === 'web5'
      ? ''
      : `
    <fieldset class="init-questions" id="init_questions">
      <legend>Security Questions</legend>
      ${[1, 2, 3].map(questionBlock).join('\n      ')}
    </fieldset>`;
  return `<div id="device_init" class="init-wizard">
  <h2 class="init-title">Device Initialization</h2>
  <ol class="init-steps"><li class="active">Enter Password</li><li>Password Protection</li><li>Finished</li></ol>
  <form id="init_form" action="#" onsubmit="return false;">
    <div class="init-row"><label for="init_user">Username</label><input type="text" id="init_user" value="admin" readonly></div>
    <div class="init-row"><label for="init_pwd">Password</label><input type="password" id="init_pwd" maxlength="32" autocomplete="new-password"></div>
    <div class="init-strength" id="init_strength"><span>Weak</span><span>Medium</span><span>Strong</span></div>
    <div class="init-row"><label for="init_pwd_confirm">Confirm Password</label><input type="password" id="init_pwd_confirm" maxlength="32" autocomplete="new-password"></div>
    <p class="init-rule">Use a password that has 8 to 32 characters, it can be a combination of letter(s), number(s) and symbol(s) with at least two kinds of them. (please do not use special symbols like ' " ; : &amp;)</p>
    <div class="init-row"><label><input type="checkbox" id="init_email_on" checked> Reserved Email</label><input type="email" id="init_email" maxlength="64" placeholder="For password reset"></div>
    <p class="init-note">The reserved email is used to reset the password. Please input it properly and update it in time.</p>${questions}
    <div class="init-row init-eula"><label><input type="checkbox" id="init_eula"> I have read and agree to all terms of the Software License Agreement and Privacy Policy.</label></div>
    <p class="init-tip" id="init_tip"></p>
    <button type="submit" id="init_next">Next</button>
  </form>
</div>
<script type="text/javascript">
(function () {
  function $(id) { return document.getElementById(id); }
  function kinds(p) {
    return (/[a-zA-Z]/.test(p) ? 1 : 0) + (/[0-9]/.test(p) ? 1 : 0) + (/[^a-zA-Z0-9]/.test(p) ? 1 : 0);
  }
  function check() {
    var p = $('init_pwd').value;
    if (p.length < 8 || p.length > 32) return 'The password must be 8 to 32 characters.';
    if (/['";:&]/.test(p)) return 'The password must not contain \\' " ; : &.';
    if (kinds(p) < 2) return 'Use at least two kinds of letters, numbers and symbols.';
    if (p !== $('init_pwd_confirm').value) return 'The passwords do not match.';
    if ($('init_email_on').checked && !/^[^@\\s]+@[^@\\s]+$/.test($('init_email').value)) return 'Please enter a valid email address.';
    if (!$('init_eula').checked) return 'Please agree to the Software License Agreement.';
    return '';
  }
  $('init_pwd').oninput = function () {
    var k = kinds(this.value), spans = $('init_strength').getElementsByTagName('span');
    for (var i = 0; i < spans.length; i++) spans[i].className = i < k ? 'on' : '';
  };
  $('init_form').onsubmit = function (e) {
    if (e) e.preventDefault();
    var problem = check();
    $('init_tip').textContent = problem;
    if (problem) return false;
    var x = new XMLHttpRequest();
    x.open('POST', '/OutsideCmd', true);
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var r = null;
      try { r = JSON.parse(x.responseText); } catch (err) { r = null; }
      $('init_tip').textContent = r && r.result === true ? 'Initialized.' :
        'Initialization failed' + (r && r.error ? ' (error ' + r.error.code + ')' : '') + '.';
    };
    // The real wizard sends DevInit.account inside an encrypted envelope; the simulator
    // does not implement initialisation, so the plain call is answered "method not found".
    x.send(JSON.stringify({ method: 'DevInit.account', params: { name: 'admin' }, id: 1 }));
    return false;
  };
})();
</script>`;
}
