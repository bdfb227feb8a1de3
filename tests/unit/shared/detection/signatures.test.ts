/**
 * The signature data stays true to the pages it was written for (refined-github style):
 * every `mustMatch` page really matches, and the data is internally consistent.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { matchSignature } from '../../../../shared/detection/match';
import { CERTAIN_RULES } from '../../../../shared/detection/rules';
import { SIGNATURES } from '../../../../shared/detection/signatures';
import { closeTestWindow, parseHtml } from './dom';
import { loadPage } from './fixtures';

afterAll(closeTestWindow);

const pairs = SIGNATURES.flatMap((signature) =>
  (signature.mustMatch ?? []).map((page) => [signature.id, page, signature] as const),
);

describe('signature data', () => {
  it.each(pairs)('%s matches %s', (_id, pageName, signature) => {
    const page = loadPage(pageName);
    expect(matchSignature(signature, collectPageSignals(parseHtml(page.html), page.url))).toBe(true);
  });

  it('has unique kebab-case ids and a source for every entry', () => {
    const ids = SIGNATURES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const signature of SIGNATURES) {
      expect(signature.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(signature.source.trim(), signature.id).not.toBe('');
    }
  });

  it('names a page for every signature that adds evidence', () => {
    // Header hints cannot be shown by a page; they are tested in score.test.ts.
    const untested = SIGNATURES.filter(
      (s) => s.weight !== 0 && s.where !== 'headerHint' && !s.mustMatch?.length,
    ).map((s) => s.id);
    expect(untested).toEqual([]);
  });

  it('uses no stateful (global/sticky) regular expressions', () => {
    for (const signature of SIGNATURES) {
      if (signature.pattern instanceof RegExp)
        expect(signature.pattern.flags, signature.id).not.toMatch(/[gy]/);
    }
  });

  it('only refers to existing signatures in the certain rules', () => {
    const ids = new Set(SIGNATURES.map((s) => s.id));
    for (const rule of CERTAIN_RULES) {
      for (const group of rule.need)
        for (const id of group) expect(ids.has(id), `${rule.id} → ${id}`).toBe(true);
      expect(rule.source.trim()).not.toBe('');
    }
  });

  it('keeps negative signatures negative', () => {
    for (const signature of SIGNATURES.filter((s) => s.negative)) expect(signature.weight).toBeLessThan(0);
  });
});
