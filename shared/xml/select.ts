/**
 * Picks "the export's device" from the findings. A file may list several devices (a batch
 * export, or a header plus a device block), so the values reported together must come from the
 * same block: the anchor is the serial (else MAC) matching the case, else the first one, and
 * every other field is taken from the finding nearest to it in the tree.
 */
import type { ExportField, ExportFinding } from './types';
import { isModelShaped } from './values';

export interface DeviceSelection {
  serial: string | null;
  mac: string | null;
  model: string | null;
  deviceName: string | null;
  /** Distinct serials the file names (named ones when there are any, else shaped ones). */
  serials: string[];
  /** Distinct MACs the file names. */
  macs: string[];
}

function elementSegments(path: string): string[] {
  return path.split('/').filter((s) => s !== '' && !s.startsWith('@'));
}

function closeness(a: string[], b: string[]): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

const isNamed = (f: ExportFinding) => f.how !== 'value-grammar';

function ofField(findings: ExportFinding[], field: ExportField): ExportFinding[] {
  return findings.filter((f) => f.field === field);
}

/** The values that stand for devices: named ones, or shaped ones when nothing is named. */
function trusted(findings: ExportFinding[]): ExportFinding[] {
  const named = findings.filter(isNamed);
  return named.length > 0 ? named : findings;
}

function distinct(findings: ExportFinding[]): string[] {
  return [...new Set(findings.map((f) => f.value))];
}

function nearest(
  candidates: ExportFinding[],
  anchor: ExportFinding | null,
  field: ExportField,
  preferred: string | null,
): ExportFinding | null {
  const pool = trusted(candidates);
  if (pool.length === 0) return null;
  const anchorSegments = anchor ? elementSegments(anchor.path) : [];
  let best: ExportFinding | null = null;
  let bestScore = -1;
  for (const candidate of pool) {
    // Closeness first; then the case's own value (a recorder's second MAC); then, for models,
    // a real model name over "NVR" or "IP Camera".
    const known = preferred !== null && candidate.value === preferred ? 2 : 0;
    const shaped = field === 'model' && isModelShaped(candidate.value) ? 1 : 0;
    const score = closeness(anchorSegments, elementSegments(candidate.path)) * 4 + known + shaped;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function selectDevice(
  findings: ExportFinding[],
  context: { serial: string | null; mac: string | null },
): DeviceSelection {
  const serialFindings = trusted(ofField(findings, 'serial'));
  const macFindings = trusted(ofField(findings, 'mac'));
  const anchor =
    serialFindings.find((f) => context.serial !== null && f.value === context.serial) ??
    macFindings.find((f) => context.mac !== null && f.value === context.mac) ??
    serialFindings[0] ??
    macFindings[0] ??
    null;
  const preferred: Partial<Record<ExportField, string | null>> = { serial: context.serial, mac: context.mac };
  const pick = (field: ExportField) =>
    anchor?.field === field
      ? anchor.value
      : (nearest(ofField(findings, field), anchor, field, preferred[field] ?? null)?.value ?? null);
  return {
    serial: pick('serial'),
    mac: pick('mac'),
    model: pick('model'),
    deviceName: pick('deviceName'),
    serials: distinct(serialFindings),
    macs: distinct(macFindings),
  };
}
