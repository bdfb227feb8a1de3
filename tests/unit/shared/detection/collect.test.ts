import { afterAll, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { LIMITS } from '../../../../shared/detection/limits';
import { closeTestWindow, parseHtml, PRIVATE_URL } from './dom';

afterAll(closeTestWindow);

const collect = (html: string, url = PRIVATE_URL) => collectPageSignals(parseHtml(html), url);

describe('collectPageSignals', () => {
  it('reads title, host, fields, tokens and the password field', () => {
    const signals = collect(
      `<html><head><title>  WEB SERVICE </title></head><body>
      <form id="f_login"><input id="t_username" name="username"><input type="PassWord" name="pwd">
      <select id="slct_userType"><option value="Local">Local</option><option value="LDAPUser">LDAP</option></select></form>
      <div id="playback_bottom_bar"></div><div class="x ui-dialog-content"></div></body></html>`,
      'http://Cam01.DahuaDDNS.com:8080/index.html',
    );
    expect(signals.title).toBe('WEB SERVICE');
    expect(signals.host).toBe('cam01.dahuaddns.com');
    expect(signals.formFields).toEqual(
      expect.arrayContaining(['f_login', 't_username', 'username', 'pwd', 'slct_userType', 'LDAPUser']),
    );
    expect(signals.classNames.sort()).toEqual(['playback_bottom_bar', 'ui-dialog-content']);
    expect(signals.hasPasswordField).toBe(true);
  });

  it('keeps only same-host script and asset URLs', () => {
    const signals = collect(`<html><head>
      <script src="jsBase/lib/jquery.js"></script>
      <script src="/baseProj/js/a.js"></script>
      <script src="http://192.168.1.20/app/plugin/p.js"></script>
      <script src="https://cdn.example.com/jsBase/lib/jquery.js"></script>
      <script src="//cdn.example.com/baseProj/x.js"></script>
      <link rel="icon" href="//192.168.1.20/baseProj/images/favicon.ico">
      </head><body>
      <a href="webplugin.exe">plug-in</a>
      <a href="http://192.168.1.108/baseProj/images/favicon.ico">another device</a>
      <a href="javascript:void(0)">x</a><a href="mailto:a@example.com">mail</a>
      </body></html>`);
    expect(signals.scriptSrcs).toEqual([
      'jsBase/lib/jquery.js',
      '/baseProj/js/a.js',
      'http://192.168.1.20/app/plugin/p.js',
    ]);
    expect(signals.assetUrls).toEqual(['//192.168.1.20/baseProj/images/favicon.ico', 'webplugin.exe']);
  });

  it('reads executable inline scripts only', () => {
    const signals = collect(`<html><head>
      <script>var a = 'classic';</script>
      <script type="text/javascript">var b = 'typed';</script>
      <script type="module">const c = 'module';</script>
      <script type="application/json">{"method":"global.login"}</script>
      <script type="application/ld+json">{"text":"RPC2_Login"}</script>
      <script type="text/template"><div>'global.login'</div></script>
      <script type="text/x-magento-init">{"x":"RPC2_Login"}</script>
      </head><body></body></html>`);
    expect(signals.inlineScript).toContain("'classic'");
    expect(signals.inlineScript).toContain("'typed'");
    expect(signals.inlineScript).toContain("'module'");
    expect(signals.inlineScript).not.toMatch(/global\.login|RPC2_Login/);
  });

  it('reads at most a few inline scripts', () => {
    const scripts = Array.from({ length: 30 }, (_, i) => `<script>var s${i} = ${i};</script>`).join('');
    const signals = collect(`<html><head>${scripts}</head><body></body></html>`);
    expect(signals.inlineScript).toContain(`s${LIMITS.inlineScripts - 1} =`);
    expect(signals.inlineScript).not.toContain(`s${LIMITS.inlineScripts} =`);
  });

  it('reads footer, copyright and meta text, not the body', () => {
    const signals = collect(`<html><head><meta name="author" content="Amcrest Technologies"></head><body>
      <main><p>Lorex Intelbras article text</p></main>
      <div id="footer"><span class="copyright">Copyright © 2020 Lorex Corporation.</span></div></body></html>`);
    expect(signals.footerText).toContain('Amcrest Technologies');
    expect(signals.footerText).toContain('Lorex Corporation');
    expect(signals.footerText).not.toContain('article text');
  });

  it('copes with a document without head, body or title', () => {
    const signals = collect('');
    expect(signals).toMatchObject({ title: '', scriptSrcs: [], inlineScript: '', hasPasswordField: false });
    expect(collect('<p>x</p>', 'not a url').host).toBe('');
  });
});
