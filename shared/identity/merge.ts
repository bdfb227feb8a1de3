/**
 * One value per field from every source that read it. Trust order (issue 4): what the technician
 * typed, then page text (dom), the ConfigTool export (xml), the login challenge, and last the
 * pixels (ocr, qr). Serial and MAC are what support and the case store key on, so when two
 * sources disagree on them nothing is chosen: the conflict is returned for the technician to
 * settle. Model and firmware take the most trusted reading and still report the disagreement.
 */
import type { FieldReading, FieldSource } from '../ocr/types';
import { comparisonKey, type FieldName } from './fields';

export interface MergedReading {
  field: FieldName;
  /** The reading to use; null when nothing was read or when serial/MAC sources disagree. */
  chosen: FieldReading | null;
  /** The best reading of each disagreeing value, most trusted first; null when all agree. */
  conflict: FieldReading[] | null;
}

const TRUST: Record<FieldSource, number> = { user: 5, dom: 4, xml: 3, challenge: 2, ocr: 1, qr: 1 };

/** Identity keys: a wrong one files the case under another device. */
const STRICT: ReadonlySet<FieldName> = new Set(['serial', 'mac']);

function better(a: FieldReading, b: FieldReading): number {
  return (
    TRUST[b.source] - TRUST[a.source] ||
    b.confidence - a.confidence ||
    // The more complete spelling: a firmware with its build date, a model with its prefix.
    b.value.length - a.value.length
  );
}

export function mergeReadings(readings: readonly FieldReading[], field: FieldName): MergedReading {
  const groups = new Map<string, FieldReading[]>();
  for (const reading of readings) {
    const key = comparisonKey(field, reading.value);
    if (key === null) continue;
    const group = groups.get(key);
    if (group) group.push(reading);
    else groups.set(key, [reading]);
  }
  const best = [...groups.values()].map((group) => [...group].sort(better)[0]!).sort(better);
  if (best.length === 0) return { field, chosen: null, conflict: null };
  if (best.length === 1) return { field, chosen: best[0]!, conflict: null };
  // The technician's own entry settles a conflict; the disagreement is still shown.
  const top = best[0]!;
  const chosen = STRICT.has(field) && top.source !== 'user' ? null : top;
  return { field, chosen, conflict: best };
}

/** mergeReadings for every field at once. */
export function mergeFieldReadings(
  readings: Partial<Record<FieldName, readonly FieldReading[]>>,
): Record<FieldName, MergedReading> {
  return {
    model: mergeReadings(readings.model ?? [], 'model'),
    serial: mergeReadings(readings.serial ?? [], 'serial'),
    mac: mergeReadings(readings.mac ?? [], 'mac'),
    firmware: mergeReadings(readings.firmware ?? [], 'firmware'),
  };
}
