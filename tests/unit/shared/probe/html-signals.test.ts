/**
 * The probe reads `GET /` as a string, not a DOM. Its signals must lead the scorer to the same
 * verdict as the browser's DOM collector on every named page (simulator pages in every state,
 * the reference snippets, every negative fixture), and stay cheap on huge or hostile input.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { scoreSignals } from '../../../../shared/detection/score';
import { signalsFromHtml } from '../../../../shared/probe/html-signals';
import { DEFAULT_DEVICES } from '../../../simulator/devices';
import { closeTestWindow, parseHtml } from '../detection/dom';
import { loadPage, negativeFixtureNames } from '../detection/fixtures';
import { SNIPPETS } from '../detection/snippets';

afterAll(closeTestWindow);

const names = [
  ...DEFAULT_DEVICES.flatMap((d) => ['login', 'forgot', 'init'].map((state) => `sim:${d.id}:${state}`)),
  ...Object.keys(SNIPPETS).map((name) => `snippet:${name}`),
  ...negativeFixtureNames().map((name) => `negative/${name}`),
];

describe('signalsFromHtml', () => {
  it.each(names)('%s: same verdict as the DOM collector', (name) => {
    const { url, html } = loadPage(name);
    const fromDom = scoreSignals(collectPageSignals(parseHtml(html), url));
    const fromText = scoreSignals(signalsFromHtml(html, url));
    expect({ level: fromText.level, generation: fromText.generation, brand: fromText.brand }).toEqual({
      level: fromDom.level,
      generation: fromDom.generation,
      brand: fromDom.brand,
    });
    expect(new Set(fromText.matched)).toEqual(new Set(fromDom.matched));
  });

  it('reads titles, entities, comments and password fields like a browser', () => {
    const html = `<!-- <title>Fake</title> <script src="jsBase/x.js"></script> -->
      <title>\n  WEB&#32;SERVICE </title>
      <script>var s = "<script src='jsBase/in-string.js'>";</script>
      <input type=password id=pwd><option value="LDAPUser">`;
    const signals = signalsFromHtml(html, 'http://192.168.1.108/');
    expect(signals.title).toBe('WEB SERVICE');
    expect(signals.scriptSrcs).toEqual([]);
    expect(signals.hasPasswordField).toBe(true);
    expect(signals.formFields).toEqual(['pwd', 'LDAPUser']);
    expect(signals.inlineScript).toContain('in-string.js');
  });

  it('ignores cross-host assets, as the DOM collector does', () => {
    const html =
      '<script src="http://192.168.1.108/baseProj/js/a.js"></script><img src="//cdn.example/baseProj/x.png">';
    const signals = signalsFromHtml(html, 'http://10.0.0.5/');
    expect(signals.scriptSrcs).toEqual([]);
    expect(signals.assetUrls).toEqual([]);
  });

  it('stays cheap on a 2 MB page and on hostile markup', () => {
    const big = `<title>Blog</title>${'<p class="x">dahua jsBase/ baseProj/ RPC2_Login</p>'.repeat(40_000)}`;
    const hostile = '<a'.repeat(400_000) + '<input value="'.repeat(10_000);
    for (const html of [big, hostile]) {
      const start = performance.now();
      const verdict = scoreSignals(signalsFromHtml(html, 'http://192.168.1.108/'));
      expect(performance.now() - start).toBeLessThan(1500);
      expect(verdict.level).toBe('none');
    }
  });
});
