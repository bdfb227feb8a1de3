/**
 * How an inspection's problems are shown: a file from another device is one loud banner (its
 * serial or MAC mismatch), and the rest are listed once each below it.
 */
import type { ExportInspection, ExportProblem } from '../../../shared/xml';

/** Serial or MAC of another device: errors that "keep anyway" may override, unlike a broken file. */
export const MISMATCH: ReadonlySet<string> = new Set(['serial-mismatch', 'mac-mismatch']);

export function isWrongDevice(inspection: ExportInspection | null | undefined): boolean {
  return !!inspection && inspection.problems.some((p) => MISMATCH.has(p.code));
}

/** The problems for the wrong-device banner, and the ones listed under it (never both). */
export function splitProblems(inspection: ExportInspection): {
  wrongDevice: ExportProblem[];
  listed: ExportProblem[];
} {
  const wrongDevice = inspection.problems.filter((p) => MISMATCH.has(p.code));
  return {
    wrongDevice,
    listed: inspection.problems.filter((p) => wrongDevice.length === 0 || !MISMATCH.has(p.code)),
  };
}
