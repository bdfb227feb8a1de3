/**
 * "Reset Copilot: Inspect XML export": the CLI's `inspect` on a ConfigTool export in the
 * workspace, checked against the recorder the helper probed (serial/MAC). Findings go to a
 * report and to the Problems panel (one DiagnosticCollection, replaced per file).
 */
import * as vscode from 'vscode';
import { macKey } from '../../../shared/identity/mac';
import { serialKey } from '../../../shared/identity/serial';
import { formatInspectionReport, inspectExport, rejectOversize, XML_LIMITS } from '../../../shared/xml/index';
import type { ExportInspection, ExportProblem, InspectContext } from '../../../shared/xml/index';
import { COMMAND } from '../ids';
import type { Services } from '../services';
import { baseName, pickFile, readBounded } from './pick-file';

export const XML_FILES = { extensions: ['xml'], label: 'XML export', title: 'Inspect XML export' };

export interface InspectedExport {
  uri: vscode.Uri;
  bytes: Uint8Array | null;
  mtime: number;
  inspection: ExportInspection;
}

/** Reads and inspects without showing anything (the e-mail command reuses it). */
export async function inspectFile(services: Services, uri: vscode.Uri): Promise<InspectedExport> {
  const file = await readBounded(uri, XML_LIMITS.maxBytes);
  if ('tooLarge' in file)
    return { uri, bytes: null, mtime: file.mtime, inspection: rejectOversize(file.size) };
  return {
    uri,
    bytes: file.bytes,
    mtime: file.mtime,
    inspection: inspectExport(file.bytes, caseContext(services)),
  };
}

export async function inspectXmlCommand(
  services: Services,
  arg?: unknown,
): Promise<InspectedExport | undefined> {
  const uri = await pickFile(arg, XML_FILES);
  if (!uri) return undefined;
  let inspected: InspectedExport;
  try {
    inspected = await inspectFile(services, uri);
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Could not read ${baseName(uri)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  const { inspection } = inspected;
  const report = formatInspectionReport(inspection, baseName(uri));
  services.output.appendLine(report);
  services.output.appendLine('');
  services.diagnostics.set(uri, diagnosticsFor(inspection, inspected.bytes));
  await services.reports.show(`XML ${baseName(uri)}`, markdownReport(report, inspection));

  const email = 'Draft support email';
  if (inspection.ok) {
    void vscode.window
      .showInformationMessage(
        `${baseName(uri)} is a usable export${inspection.serial ? ` (serial ${inspection.serial})` : ''}.`,
        email,
      )
      .then((choice) =>
        choice === email ? vscode.commands.executeCommand(COMMAND.draftEmail, uri) : undefined,
      );
  } else {
    const reason = inspection.problems.find((p) => p.severity === 'error');
    void vscode.window.showErrorMessage(
      `${baseName(uri)} is not usable: ${reason?.message ?? 'see the report.'}`,
    );
  }
  return inspected;
}

/** The probed recorder, if any, is the device the export must belong to. */
function caseContext(services: Services): InspectContext {
  const device = services.device.get();
  if (!device) return {};
  return { serial: serialKey(device.serial), mac: macKey(device.mac), model: device.model };
}

/**
 * One diagnostic per problem. The core reports no positions, so a problem about a value sits
 * on the first line holding that value, one that names a line ("at line 12") on that line,
 * and the rest on line 1.
 */
export function diagnosticsFor(inspection: ExportInspection, bytes: Uint8Array | null): vscode.Diagnostic[] {
  const text = bytes && inspection.encoding === 'utf-8' ? new TextDecoder().decode(bytes) : '';
  const lines = text.split(/\r?\n/);
  return inspection.problems.map((problem) => {
    const line = problemLine(problem, inspection, lines);
    const length = Math.max(1, lines[line]?.length ?? 1);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(line, 0, line, length),
      problem.message,
      problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'Reset Copilot';
    diagnostic.code = problem.code;
    return diagnostic;
  });
}

function problemLine(problem: ExportProblem, inspection: ExportInspection, lines: string[]): number {
  const named = /\bline (\d+)\b/.exec(problem.message);
  if (named) return Math.max(0, Number(named[1]) - 1);
  const value =
    problem.code === 'serial-mismatch'
      ? inspection.serial
      : problem.code === 'mac-mismatch' || problem.code === 'mac-differs'
        ? inspection.mac
        : problem.code === 'model-mismatch'
          ? inspection.model
          : null;
  if (value) {
    const at = lines.findIndex((line) =>
      line.toUpperCase().replace(/[:-]/g, '').includes(value.toUpperCase()),
    );
    if (at >= 0) return at;
  }
  return 0;
}

function markdownReport(report: string, inspection: ExportInspection): string {
  // A fence longer than any backtick run in the (file-derived) text keeps it verbatim.
  const fence = '`'.repeat(Math.max(3, ...[...report.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return [
    `# XML export: ${inspection.ok ? 'usable' : 'NOT usable'}`,
    '',
    `${fence}text`,
    report,
    fence,
    '',
    inspection.ok
      ? '_Next: "Reset Copilot: Draft support email" writes an .eml with this file attached._'
      : '_Export again from ConfigTool (Password Reset > Reset Mode: XML File > Export) and inspect the new file._',
  ].join('\n');
}
