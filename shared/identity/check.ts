/** What a field validator returns: the value in its canonical form and how well it fits. */
export interface FieldCheck {
  /** Canonical form (upper-case serial, 'AA:BB:…' MAC, firmware without 'V'). */
  value: string;
  /** True when confusable characters were changed because the grammar demanded it. */
  repaired: boolean;
  /** 0–1: 1 for the typical shape, less for shapes that are valid but rarer. */
  fit: number;
}
