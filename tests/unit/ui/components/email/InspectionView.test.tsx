// @vitest-environment happy-dom
/**
 * The XML check as shown: another device's file gets the one loud banner with the mismatch in
 * it, and that mismatch is not listed a second time; a file of the case's device gets none.
 * Real inspections of the flat-elements export (serial 7K03B21PAZ4C9D1).
 */
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inspectExport } from '../../../../../shared/xml';
import { InspectionView } from '../../../../../ui/components/email/InspectionView';
import { fixture } from '../../../shared/xml/fixtures';

const FLAT = fixture('flat-elements.xml');
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

const ids = () =>
  [
    ...container.querySelectorAll<HTMLElement>(
      '[data-testid^="xml-problem-"], [data-testid="xml-wrong-device"]',
    ),
  ].map((e) => e.dataset.testid);

describe('InspectionView', () => {
  it("another device's file: one banner holding the mismatch, other problems listed once", () => {
    render(
      <InspectionView
        inspection={inspectExport(FLAT, { serial: '5F0A9C4PAG7B2E8', model: 'XVR5108HS-I3' })}
        testId="xml"
      />,
      container,
    );
    expect(ids()).toEqual(['xml-wrong-device', 'xml-problem-model-mismatch']);
    const banner = container.querySelector('[data-testid="xml-wrong-device"]')!;
    expect(banner.textContent).toContain('WRONG DEVICE');
    expect(banner.textContent).toContain('5F0A9C4PAG7B2E8');
  });

  it("the case's device: no banner, and the identity rows under their field labels", () => {
    render(
      <InspectionView inspection={inspectExport(FLAT, { serial: '7K03B21PAZ4C9D1' })} testId="xml" />,
      container,
    );
    expect(ids()).toEqual([]);
    const labels = [...container.querySelectorAll('[data-testid="xml-identity"] dt')].map(
      (d) => d.textContent,
    );
    expect(labels).toEqual(expect.arrayContaining(['Serial', 'MAC']));
    expect(container.querySelector('[data-testid="xml-mac"]')!.textContent).toMatch(
      /^([0-9A-F]{2}:){5}[0-9A-F]{2}$/,
    );
  });
});
