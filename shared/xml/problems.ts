/**
 * The problem list: one constructor per code, so the wording stays consistent between the side
 * panel, the VS Code extension and the CLI, and each message says what to do next.
 */
import type { ExportProblem, ExportProblemCode, ProblemSeverity } from './types';

const SEVERITY: Record<ExportProblemCode, ProblemSeverity> = {
  empty: 'error',
  'not-xml': 'error',
  binary: 'error',
  html: 'error',
  truncated: 'error',
  'too-large': 'error',
  'too-deep': 'error',
  'too-many-nodes': 'error',
  'entity-declaration': 'error',
  'external-entity': 'error',
  'bad-encoding': 'error',
  // The schema is unknown: a real export might carry its identity only inside the encrypted
  // blob, so failing to find one must not block sending it.
  'no-identity': 'warning',
  'several-devices': 'warning',
  'serial-mismatch': 'error',
  'mac-mismatch': 'error',
  // Recorders with two network ports have two MACs; a matching serial settles identity.
  'mac-differs': 'warning',
  // OEM rebrands and DH-/DHI- prefixes make model names disagree for the same device.
  'model-mismatch': 'warning',
};

export function severityOf(code: ExportProblemCode): ProblemSeverity {
  return SEVERITY[code];
}

export function problem(code: ExportProblemCode, message: string): ExportProblem {
  return { code, message, severity: SEVERITY[code] };
}

/** Said after every rejection of the file itself: the fix is nearly always a fresh export. */
export const EXPORT_AGAIN =
  'Export the file again from ConfigTool (Password Reset → select the device → Reset → Reset Mode: XML File → Export) and pick the saved .xml file.';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
