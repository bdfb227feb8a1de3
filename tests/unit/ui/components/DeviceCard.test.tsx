// @vitest-environment happy-dom
/**
 * The device card's conflict display, rendered in happy-dom from a real case: a detected serial
 * or MAC that disagrees with the kept one is shown with both values and both choices, and each
 * choice reaches the case's resolveConflict, after which the conflict is gone.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase, mergeIdentity, resolveConflict, type CaseRecord } from '../../../../shared/case/case';
import type { IdentityField } from '../../../../shared/case/identity';
import { DeviceCard } from '../../../../ui/components/DeviceCard';

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0);
let container: HTMLElement;
let record: CaseRecord;
let edits: [IdentityField, string][];

async function show(): Promise<void> {
  await act(() => {
    render(
      <DeviceCard
        record={record}
        detected={null}
        onEdit={(field, value) => edits.push([field, value])}
        onResolve={(field, choice) => {
          record = resolveConflict(record, field, choice, T0 + 2);
          void show();
        }}
      />,
      container,
    );
  });
}

const conflicts = () => [...container.querySelectorAll<HTMLElement>('.conflict')];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  edits = [];
  record = createCase(
    { brand: 'Dahua', serial: '4L02C55PAZ7E1A9', mac: '3C:EF:8C:4A:19:7E', model: 'NVR5232-4KS2' },
    T0,
  );
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('conflict display', () => {
  it('no conflict, no alert', async () => {
    await show();
    expect(conflicts()).toEqual([]);
  });

  it('a detected serial and MAC that differ: one alert each, with labels, both values and both choices', async () => {
    record = mergeIdentity(record, { serial: '4L02C55PAZ7E1A8', mac: '3CEF8C4A197F' }, 'detected', T0 + 1);
    await show();
    const [serial, mac] = conflicts();
    expect(conflicts()).toHaveLength(2);
    expect(serial!.getAttribute('role')).toBe('alert');
    expect(serial!.textContent).toContain(
      'Serial: you have 4L02C55PAZ7E1A9, the device now says 4L02C55PAZ7E1A8.',
    );
    expect([...serial!.querySelectorAll('button')].map((b) => b.textContent)).toEqual([
      'Keep 4L02C55PAZ7E1A9',
      'Use 4L02C55PAZ7E1A8',
    ]);
    expect(mac!.textContent).toContain(
      'MAC: you have 3C:EF:8C:4A:19:7E, the device now says 3C:EF:8C:4A:19:7F.',
    );
  });

  it('"Use" takes the detected value, "Keep" keeps the case\'s; the alert goes either way', async () => {
    record = mergeIdentity(record, { serial: '4L02C55PAZ7E1A8', mac: '3CEF8C4A197F' }, 'detected', T0 + 1);
    await show();
    await act(() => conflicts()[0]!.querySelectorAll('button')[1]!.click());
    expect(record.identity.serial).toBe('4L02C55PAZ7E1A8');
    await act(() => conflicts()[0]!.querySelectorAll('button')[0]!.click());
    expect(record.identity.mac).toBe('3CEF8C4A197E');
    expect(conflicts()).toEqual([]);
    expect(container.querySelector<HTMLInputElement>('[data-testid="identity-serial"]')!.value).toBe(
      '4L02C55PAZ7E1A8',
    );
  });

  it('a model that changes is no conflict: only serial and MAC name the device', async () => {
    record = mergeIdentity(record, { model: 'NVR5232-4KS3' }, 'detected', T0 + 1);
    await show();
    expect(conflicts()).toEqual([]);
  });

  it('typing in a field reports the edit', async () => {
    await show();
    const input = container.querySelector<HTMLInputElement>('[data-testid="identity-model"]')!;
    await act(() => {
      input.value = 'NVR5216-4KS2';
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(edits).toEqual([['model', 'NVR5216-4KS2']]);
  });
});
