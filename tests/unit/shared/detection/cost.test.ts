/**
 * Cost sanity without timing: on a synthetic 2 MB page, collectPageSignals reads at most the
 * capped amount of inline-script and footer text and never asks for any large text at all.
 * Every text read in the DOM is counted through spies on happy-dom's prototypes.
 */
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { LIMITS } from '../../../../shared/detection/limits';
import { scoreSignals } from '../../../../shared/detection/score';
import { closeTestWindow, parseHtml, PRIVATE_URL, testWindow } from './dom';

afterAll(closeTestWindow);

const TEXT_GETTERS = [
  'textContent',
  'innerText',
  'innerHTML',
  'outerHTML',
  'data',
  'nodeValue',
  'wholeText',
  'text',
];

interface Counter {
  substringChars: number;
  /** Longest string any text getter returned during collection. */
  longestGetter: number;
}

let restore: (() => void)[] = [];
let counter: Counter = { substringChars: 0, longestGetter: 0 };

function spyOnTextReads(): void {
  const w = testWindow() as unknown as Record<string, { prototype: object } | undefined>;
  const protos = ['Node', 'Element', 'HTMLElement', 'HTMLScriptElement', 'CharacterData', 'Text', 'Document']
    .map((name) => w[name]?.prototype)
    .filter((p): p is object => p !== undefined);
  for (const proto of protos) {
    for (const name of TEXT_GETTERS) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor?.get) continue;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
      const original = descriptor.get;
      Object.defineProperty(proto, name, {
        ...descriptor,
        get(this: unknown) {
          const value: unknown = original.call(this);
          if (typeof value === 'string')
            counter.longestGetter = Math.max(counter.longestGetter, value.length);
          return value;
        },
      });
      restore.push(() => Object.defineProperty(proto, name, descriptor));
    }
  }
  const characterData = w.CharacterData!.prototype as {
    substringData(offset: number, count: number): string;
  };
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(this) below
  const substringData = characterData.substringData;
  characterData.substringData = function (this: unknown, offset: number, count: number) {
    const out = substringData.call(this, offset, count);
    counter.substringChars += out.length;
    return out;
  };
  restore.push(() => {
    characterData.substringData = substringData;
  });
}

/** ~2.3 MB: 40 large inline scripts, a JSON blob, a long article, thousands of links. */
function hugePage(): string {
  const script = `var x = "${'a'.repeat(50 * 1024)}";`;
  const inline = Array.from({ length: 40 }, () => `<script>${script}</script>`).join('\n');
  const json = `<script type="application/json">${JSON.stringify({ body: 'RPC2_Login global.login '.repeat(20_000) })}</script>`;
  const article = `<article>${'<p>The title says WEB SERVICE and the page loads jsBase/lib/jquery.js. </p>'.repeat(8_000)}</article>`;
  const links = Array.from({ length: 5_000 }, (_, i) => `<a href="/post/${i}">post ${i}</a>`).join('');
  const footer = `<footer>${'© Example Media. '.repeat(5_000)}</footer>`;
  return `<!DOCTYPE html><html><head><title>A very long page</title>${inline}${json}</head><body>${article}${links}${footer}</body></html>`;
}

describe('collectPageSignals cost', () => {
  beforeEach(() => {
    counter = { substringChars: 0, longestGetter: 0 };
    spyOnTextReads();
  });
  afterEach(() => {
    for (const undo of restore.reverse()) undo();
    restore = [];
  });

  it('reads only capped text from a 2 MB page', () => {
    const html = hugePage();
    expect(html.length).toBeGreaterThan(2 * 1024 * 1024);
    const doc = parseHtml(html);
    counter = { substringChars: 0, longestGetter: 0 };

    const signals = collectPageSignals(doc, PRIVATE_URL);

    expect(signals.inlineScript.length).toBeLessThanOrEqual(
      LIMITS.inlineCharsTotal + 16 * LIMITS.inlineScripts,
    );
    expect(counter.substringChars).toBeLessThanOrEqual(LIMITS.inlineCharsTotal + LIMITS.footerChars);
    // The title is the only text read through a getter.
    expect(counter.longestGetter).toBeLessThanOrEqual(LIMITS.titleChars);
    expect(signals.assetUrls.length).toBeLessThanOrEqual(LIMITS.assetsPerTag * 4);
    expect(scoreSignals(signals).level).toBe('none');
  });

  it('caps one huge inline script at the per-script limit', () => {
    const doc = parseHtml(
      `<html><head><script>var a = 1;${' '.repeat(1024 * 1024)}"global.login"</script></head><body></body></html>`,
    );
    counter = { substringChars: 0, longestGetter: 0 };
    const signals = collectPageSignals(doc, PRIVATE_URL);
    expect(signals.inlineScript.length).toBe(LIMITS.inlineCharsPerScript);
    expect(signals.inlineScript).not.toContain('global.login');
    expect(counter.substringChars).toBe(LIMITS.inlineCharsPerScript);
  });
});
