/**
 * Small pages built from the reference's facts (dahua-recorders.md §1.1) for markers the
 * simulator does not render, and for the one real capture (fixture 01, whose body nmap
 * truncated: only its title and script list are known).
 */
export interface Snippet {
  url: string;
  html: string;
}

const LAN = 'http://192.168.1.108/';

const loginForm = `<form id="login" action="#"><input type="text" name="user" value="admin"><input type="password" name="pass"><button type="submit">Login</button></form>`;

export const SNIPPETS: Record<string, Snippet> = {
  'web3-capture-head': {
    url: LAN,
    html: `<!DOCTYPE html><html><head><title>WEB SERVICE</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<script type="text/javascript" src="jsBase/lib/jquery.js"></script>
<script type="text/javascript" src="debug/testPage.js"></script>
<script type="text/javascript" src="jsBase/lib/jquery.pubsub.js"></script>
<script type="text/javascript" src="jsBase/widget/js/jquery.ui.core.js"></script>
<script type="text/javascript" src="jsBase/widget/js/jquery.ui.widget.js"></script>
</head><body></body></html>`,
  },
  'flir-plugin': {
    url: LAN,
    html: `<!DOCTYPE html><html><head><title>WEB SERVICE</title></head><body>${loginForm}
<p class="plugin_tip">Please <a href="flir_webplugin.exe">download the plug-in</a> to view live video.</p></body></html>`,
  },
  'inline-rpc': {
    url: LAN,
    html: `<!DOCTYPE html><html><head><title>Login</title><script>
function firstLogin(user) {
  var body = { "method": "global.login", "params": { "userName": user, "password": "", "clientType": "Web3.0", "loginType": "Direct" }, "id": 1 };
  return fetch("/RPC2_Login", { method: "POST", body: JSON.stringify(body) });
}
</script></head><body>${loginForm}</body></html>`,
  },
  'intelbras-h5': {
    url: LAN,
    html: `<!DOCTYPE html><html><head><title>WEB SERVICE</title><link rel="shortcut icon" href="/baseProj/images/favicon.ico">
<script src="/baseProj/js/lib/dhlib.min.js"></script></head><body>${loginForm}
<footer id="footer" class="footer"><span class="copyright">Copyright © Intelbras S/A. Todos os direitos reservados.</span></footer></body></html>`,
  },
  'imou-h5': {
    url: LAN,
    html: `<!DOCTYPE html><html><head><title>WEB SERVICE</title><link rel="shortcut icon" href="/baseProj/images/favicon.ico">
<script src="/baseProj/js/lib/dhlib.min.js"></script></head><body>${loginForm}
<footer id="footer" class="footer"><span class="copyright">Copyright © IMOU. All rights reserved.</span></footer></body></html>`,
  },
  'ddns-login': {
    url: 'http://shopfront01.dahuaddns.com:8080/',
    html: `<!DOCTYPE html><html><head><title>Login</title><script src="js/app.min.js"></script></head><body>${loginForm}</body></html>`,
  },
};
