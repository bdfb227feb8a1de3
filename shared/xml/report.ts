/** A plain-text report of an inspection, for the CLI and the VS Code output channel. */
import { FIELD_LABELS } from '../identity/fields';
import { formatMac } from '../identity/mac';
import { formatBytes } from './problems';
import type { ExportField, ExportInspection } from './types';

const MATCH_TEXT: Record<ExportInspection['matchesCase'], string> = {
  yes: 'matches the device in the case',
  no: 'DOES NOT MATCH the device in the case',
  unknown: 'not compared (the case or the file has no serial or MAC)',
};

export function formatInspectionReport(inspection: ExportInspection, label = 'File'): string {
  const lines: string[] = [];
  lines.push(`${label}: ${inspection.ok ? 'usable export' : 'NOT USABLE'}`);
  const where = (field: ExportField, value: string | null) =>
    value === null
      ? ''
      : (inspection.findings.find((f) => f.field === field && f.value === value)?.path ?? '');
  const row = (name: string, shown: string | null, path = '') =>
    lines.push(`  ${name.padEnd(12)} ${(shown ?? '-').padEnd(26)} ${path}`.trimEnd());
  row(FIELD_LABELS.serial, inspection.serial, where('serial', inspection.serial));
  row(FIELD_LABELS.mac, inspection.mac && formatMac(inspection.mac), where('mac', inspection.mac));
  row(FIELD_LABELS.model, inspection.model, where('model', inspection.model));
  row('Device name', inspection.deviceName, where('deviceName', inspection.deviceName));
  for (const t of inspection.timestamps.slice(0, 5)) row('Time', t.value, t.path);
  const encoding = inspection.encoding ? inspection.encoding.toUpperCase() : 'not decoded';
  row('File', `${formatBytes(inspection.sizeBytes)}, ${encoding}`);
  row('Case', MATCH_TEXT[inspection.matchesCase]);
  if (inspection.findings.length > 0) {
    lines.push(
      `  (${inspection.findings.length} value${inspection.findings.length === 1 ? '' : 's'} recognised; --json lists each with its path)`,
    );
  }
  const errors = inspection.problems.filter((p) => p.severity === 'error');
  const warnings = inspection.problems.filter((p) => p.severity === 'warning');
  if (errors.length > 0) lines.push('', 'Errors:', ...errors.map((p) => `  [${p.code}] ${p.message}`));
  if (warnings.length > 0) lines.push('', 'Warnings:', ...warnings.map((p) => `  [${p.code}] ${p.message}`));
  return lines.join('\n');
}
