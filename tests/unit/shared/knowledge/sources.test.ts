import { describe, expect, it } from 'vitest';
import { brandProfile, BRANDS, brandProfiles } from '../../../../shared/knowledge/brands';
import { allSteps, methodList, methods } from '../../../../shared/knowledge/methods/index';
import { preventionChecklist } from '../../../../shared/knowledge/prevention';
import { citeSource, sourceById, sources } from '../../../../shared/knowledge/sources';
import { mainlandChinaRoute, supportAddresses } from '../../../../shared/knowledge/support-addresses';
import { METHOD_IDS } from '../../../../shared/knowledge/types';

describe('source registry', () => {
  it('has unique ids and titles', () => {
    const ids = sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of sources) expect(s.title.trim()).not.toBe('');
  });

  it('only carries the URLs the reference or the knowledge audit prints', () => {
    // Every other source is cited by name; a source without a URL says why in its note.
    const withUrl = sources.filter((s) => s.url !== null).map((s) => s.url);
    expect(withUrl.sort()).toEqual([
      'https://dahuasecurity.com/br/support/cybersecurity/details/492',
      'https://securitywholesalers.com.au/faqs/reset-password-for-dahua-camera',
      'https://www.easymanua.ls/lorex/lnr400-series/manual?p=49',
      'https://www.manualslib.com/manual/892043/Flir-Dnr516.html?page=50',
    ]);
    expect(sourceById('amcrest-360037276292')?.url).toBeNull();
    expect(sourceById('amcrest-360037276292')?.title).toContain('360037276292');
    expect(sourceById('dahua-xvr5116hs-i3-manual')).toMatchObject({
      title: 'Dahua XVR5116HS-I3 user manual',
      url: null,
    });
  });

  it('cites by title and URL', () => {
    expect(citeSource('securitywholesalers-faq')).toContain('(https://securitywholesalers.com.au/');
    expect(citeSource('montavue-wiki')).toBe('Montavue wiki');
  });
});

describe('every step and warning cites existing sources', () => {
  for (const method of methodList) {
    it(method.id, () => {
      expect(method.steps.length).toBeGreaterThan(0);
      const cited = [...allSteps(method), ...method.warnings];
      for (const item of cited) {
        expect(item.sources.length, `${method.id}/${item.id}`).toBeGreaterThan(0);
        for (const id of item.sources)
          expect(sourceById(id), `${method.id}/${item.id} → ${id}`).toBeDefined();
      }
    });
  }

  it('prevention items, brand notes and support addresses cite only known sources', () => {
    const notes = [
      ...preventionChecklist,
      ...supportAddresses,
      mainlandChinaRoute,
      ...BRANDS.flatMap((b) => [
        ...brandProfile(b).differences,
        ...brandProfile(b).supportRoutes,
        ...brandProfile(b).defaultCredentials,
      ]),
    ];
    for (const note of notes) for (const id of note.sources) expect(sourceById(id), id).toBeDefined();
  });
});

describe('method table', () => {
  it('has one method per id, keyed consistently', () => {
    expect(Object.keys(methods).sort()).toEqual([...METHOD_IDS].sort());
    for (const id of METHOD_IDS) expect(methods[id].id).toBe(id);
  });

  it('has unique step ids within each method, variants included (they are progress keys)', () => {
    for (const method of methodList) {
      const ids = allSteps(method).map((s) => s.id);
      expect(new Set(ids).size, method.id).toBe(ids.length);
      const warningIds = method.warnings.map((w) => w.id);
      expect(new Set(warningIds).size, method.id).toBe(warningIds.length);
    }
  });

  it('never presents hidden accounts or backdoors', () => {
    const text = JSON.stringify({
      methods,
      brandProfiles,
      preventionChecklist,
      supportAddresses,
    }).toLowerCase();
    expect(text).not.toContain('default/default');
  });
});
