/**
 * Every simulated device page (all default devices, all states) is detected with the
 * device's generation and brand. The Web 5.0 SPA shell is never 'certain' from static HTML
 * (its markers are shared with every webpack app); the one-request challenge confirms it.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { collectPageSignals } from '../../../../shared/detection/collect';
import { quickGate } from '../../../../shared/detection/quick-gate';
import { scoreSignals } from '../../../../shared/detection/score';
import type { Verdict } from '../../../../shared/detection/types';
import { DEFAULT_DEVICES, type SimDevice } from '../../../simulator/devices';
import { renderDevicePage, WEB5_IDS, type PageState } from '../../../simulator/pages';
import { closeTestWindow, parseHtml, PRIVATE_URL } from './dom';

afterAll(closeTestWindow);

const STATES: PageState[] = ['login', 'forgot', 'init'];
const cases = DEFAULT_DEVICES.flatMap((device) => STATES.map((state) => [device.id, state, device] as const));

function verdictOf(doc: Document): Verdict {
  return scoreSignals(collectPageSignals(doc, PRIVATE_URL));
}

/** The init wizard replaces the branded login screen, so only the login/forgot pages carry the OEM's marks. */
function expectedBrand(device: SimDevice, state: PageState): string {
  return state === 'init' ? 'Dahua' : device.brand;
}

describe('simulated device pages', () => {
  it.each(cases)('%s %s is detected', (_id, state, device) => {
    const doc = parseHtml(renderDevicePage(device, state));
    const verdict = verdictOf(doc);
    const why = `${verdict.level} ${verdict.score} ${verdict.matched.join(',')}`;
    if (device.generation === 'web5') {
      expect(verdict.level, why).toBe('candidate');
    } else {
      expect(verdict.level, why).toBe('certain');
    }
    expect(verdict.generation, why).toBe(device.generation);
    expect(verdict.brand, why).toBe(expectedBrand(device, state));
    expect(quickGate(doc, PRIVATE_URL)).not.toBe('none');
  });

  const web5 = DEFAULT_DEVICES.filter((d) => d.generation === 'web5');

  it.each(web5.map((d) => [d.id, d] as const))(
    '%s: the empty SPA shell asks to be watched',
    (_id, device) => {
      const doc = parseHtml(renderDevicePage(device, 'login'));
      expect(doc.getElementById('root')?.children.length).toBe(0);
      expect(quickGate(doc, PRIVATE_URL)).toBe('watch');
    },
  );

  it.each(web5.map((d) => [d.id, d] as const))(
    '%s: still a candidate once JS rendered a login form into #root',
    (_id, device) => {
      const doc = parseHtml(renderDevicePage(device, 'login'));
      // What the SPA does at runtime, reduced to its effect on the DOM.
      doc.getElementById('root')!.innerHTML =
        '<form class="login"><input type="text" name="user"><input type="password" name="pwd"><button>Login</button></form>';
      const verdict = verdictOf(doc);
      expect(['candidate', 'certain']).toContain(verdict.level);
      expect(verdict.matched).toContain('password-field');
      expect(verdict.generation).toBe('web5');
    },
  );

  it.each(web5.map((d) => [d.id, d] as const))(
    "%s: the simulator's own hydrated DOM is at least a candidate",
    (_id, device) => {
      const doc = parseHtml(renderDevicePage(device, 'login', { hydrated: true }));
      expect(doc.getElementById(WEB5_IDS.password)).not.toBeNull();
      const verdict = verdictOf(doc);
      expect(['candidate', 'certain']).toContain(verdict.level);
      expect(verdict.generation).toBe('web5');
    },
  );
});
