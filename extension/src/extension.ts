/**
 * VS Code extension entry point. For now it only proves the front end builds over the shared
 * core; the probe, guide, OCR and XML commands arrive with their issues.
 */
import * as vscode from 'vscode';
import { describeDetection } from '../../shared/device/kind';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('resetCopilot.about', () =>
      vscode.window.showInformationMessage(
        `Recorder Reset Copilot: guides the vendor's documented reset paths (${describeDetection('Dahua', null)} on a login page).`,
      ),
    ),
  );
}

export function deactivate(): void {}
