/**
 * What the commands and the guide share, created once in activate(): one output channel,
 * one diagnostic collection, the case store, the current device, the report documents, one
 * OCR worker, and an HTTP client that honours the per-host certificate allowances. Every disposable goes into
 * context.subscriptions.
 */
import * as vscode from 'vscode';
import { createNodeHttpClient } from '../../node/http-client';
import type { HttpClient, KeyValueStore } from '../../shared/platform/services';
import { CurrentDevice } from './current-device';
import { OUTPUT_NAME } from './ids';
import { mementoStore } from './memento-store';
import { OcrService } from './ocr-service';
import { ReportDocuments } from './report-documents';
import { readSettings } from './settings';

export interface Services {
  context: vscode.ExtensionContext;
  output: vscode.OutputChannel;
  diagnostics: vscode.DiagnosticCollection;
  store: KeyValueStore;
  device: CurrentDevice;
  reports: ReportDocuments;
  /** One OCR worker for the whole extension, created on first use. */
  ocr: OcrService;
  /** A client for one probe: reads the certificate allowances at call time. */
  http(): HttpClient;
}

export function createServices(context: vscode.ExtensionContext): Services {
  const output = vscode.window.createOutputChannel(OUTPUT_NAME);
  const diagnostics = vscode.languages.createDiagnosticCollection('resetCopilot');
  const reports = new ReportDocuments();
  const ocr = new OcrService();
  context.subscriptions.push(output, diagnostics, reports.register(), ocr);
  return {
    context,
    output,
    diagnostics,
    store: mementoStore(context.globalState),
    device: new CurrentDevice(context.globalState),
    reports,
    ocr,
    http: () => {
      const allowed = new Set(readSettings().allowSelfSignedHosts);
      return createNodeHttpClient({ allowSelfSigned: (host) => allowed.has(host) });
    },
  };
}
