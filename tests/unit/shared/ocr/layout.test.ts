import { describe, expect, it } from 'vitest';
import { below, planReading, rightOf } from '../../../../shared/ocr/layout';

const at = (x: number, y: number, width = 100, height = 16) => ({ box: { x, y, width, height } });

describe('neighbours', () => {
  it('rightOf: nearest on the same row, not on another row', () => {
    const label = at(0, 0);
    const value = at(300, 2);
    const far = at(600, 0);
    const lower = at(150, 40);
    expect(rightOf([label, value, far, lower], label)).toBe(value);
    expect(rightOf([label, lower], label)).toBeNull();
  });

  it('below: just under and aligned, not far below or off to the side', () => {
    const header = at(100, 0, 60);
    const value = at(100, 30, 150);
    expect(below([header, value, at(100, 200)], header)).toBe(value);
    expect(below([header, at(600, 30)], header)).toBeNull();
    expect(below([header, at(100, 120)], header)).toBeNull();
  });
});

describe('planReading', () => {
  it('finds a label/value table and maps each value to its label', () => {
    const labels = [0, 1, 2, 3].map((r) => at(100, 40 + r * 50, 120));
    const values = [0, 1, 2, 3].map((r) => at(400, 40 + r * 50, 160));
    const nav = [at(0, 300, 40), at(0, 350, 60)];
    const plan = planReading([...nav, ...values, ...labels]);
    expect(plan.table?.values).toEqual(values);
    for (const [i, v] of values.entries()) expect(plan.table?.labelOf.get(v)).toBe(labels[i]);
    expect(plan.free).toEqual(nav);
    expect(plan.all).toHaveLength(10);
  });

  it('has no table when rows do not line up in a column (a list, a dialog)', () => {
    const plan = planReading([at(0, 0), at(0, 30), at(0, 60), at(300, 90), at(500, 91)]);
    expect(plan.table).toBeNull();
    expect(plan.free).toHaveLength(3);
  });

  it('reads a menu column beside the table along with it, without losing the values', () => {
    const menu = [0, 1, 2].map((r) => at(0, 40 + r * 50, 60));
    const labels = [0, 1, 2].map((r) => at(200, 42 + r * 50, 120));
    const values = [0, 1, 2].map((r) => at(500, 42 + r * 50, 160));
    const plan = planReading([...menu, ...labels, ...values]);
    for (const v of values) expect(plan.table?.values).toContain(v);
    expect(plan.table?.labelOf.get(values[1]!)).toBe(labels[1]);
  });
});
