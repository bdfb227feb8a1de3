/**
 * VS Code extension entry point. Runs in the extension host on the site PC
 * (`extensionKind: ["workspace"]`): through Remote-SSH that is the machine that can reach the
 * recorder's LAN address, hold the XML export and run OCR, while the webviews render, and the
 * clipboard and mailto: act, on the helper's own computer.
 *
 * Thin on purpose: services are created once, every command is registered here from the ids
 * in ids.ts (the manifest test checks they match package.json), every disposable goes into
 * context.subscriptions.
 */
import * as vscode from 'vscode';
import { draftEmailCommand } from './commands/draft-email';
import { inspectXmlCommand } from './commands/inspect-xml';
import { probeCommand } from './commands/probe';
import { readImageCommand } from './commands/read-image';
import { readScreenFromFile } from './guide/read-screen';
import { registerGuide } from './guide/register';
import { COMMAND } from './ids';
import { createServices, type Services } from './services';

export interface ExtensionApi {
  services: Services;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const services = createServices(context);
  const guide = registerGuide(services, { readScreen: () => readScreenFromFile(services.ocr) });

  const commands: Record<(typeof COMMAND)[keyof typeof COMMAND], (...args: unknown[]) => unknown> = {
    [COMMAND.probe]: (address) => probeCommand(services, address),
    [COMMAND.readImage]: (uri) => readImageCommand(services, uri),
    [COMMAND.inspectXml]: (uri) => inspectXmlCommand(services, uri),
    [COMMAND.draftEmail]: (uri) => draftEmailCommand(services, uri),
    [COMMAND.openGuide]: () => guide.openPanel(),
    [COMMAND.forgetDevice]: async () => {
      await services.device.clear();
      void vscode.window.showInformationMessage(
        'The guide no longer shows a probed recorder; its case is kept.',
      );
    },
  };
  for (const [id, handler] of Object.entries(commands)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, handler));
  }
  // Keeps the view's title bar buttons meaningful: "Forget" only when there is something to forget.
  const syncContext = () =>
    void vscode.commands.executeCommand(
      'setContext',
      'resetCopilot.hasDevice',
      services.device.get() !== null,
    );
  context.subscriptions.push(services.device.onDidChange(syncContext));
  syncContext();
  return { services };
}

export function deactivate(): void {
  // Disposables (output channel, OCR worker, webviews) go with context.subscriptions.
}
