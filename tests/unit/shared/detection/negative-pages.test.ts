/**
 * Every negative fixture must score 'none' — not even 'candidate', because a candidate makes
 * the extension send a request to the page's server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { quickGate } from '../../../../shared/detection/quick-gate';
import { scoreSignals } from '../../../../shared/detection/score';
import { closeTestWindow, parseHtml, PRIVATE_URL } from './dom';
import { NEGATIVE_DIR, negativeFixtureNames } from './fixtures';

const names = negativeFixtureNames();

afterAll(closeTestWindow);

describe('negative fixture pages', () => {
  it('are at least 18 realistic pages of 2–30 KB', () => {
    expect(names.length).toBeGreaterThanOrEqual(18);
    for (const name of names) {
      const size = readFileSync(join(NEGATIVE_DIR, name)).length;
      expect(size, name).toBeGreaterThanOrEqual(2 * 1024);
      expect(size, name).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it.each(names)('%s scores none', (name) => {
    const doc = parseHtml(readFileSync(join(NEGATIVE_DIR, name), 'utf8'));
    const verdict = scoreSignals(collectPageSignals(doc, PRIVATE_URL));
    expect(verdict.level, `${name}: ${verdict.score} ${verdict.matched.join(',')}`).toBe('none');
  });

  it('mostly stop at the quick gate', () => {
    // Only pages that share a weak hint (the WEB SERVICE title, a structural path) may pass
    // the gate; they are then scored 'none' above.
    const passed = names.filter(
      (name) => quickGate(parseHtml(readFileSync(join(NEGATIVE_DIR, name), 'utf8')), PRIVATE_URL) !== 'none',
    );
    expect(passed.sort()).toEqual(['aspnet-asmx-web-service.html', 'web-service-password.html']);
  });
});
