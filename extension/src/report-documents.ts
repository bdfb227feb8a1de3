/**
 * Read-only Markdown reports (probe, XML inspection) shown in VS Code's Markdown preview.
 *
 * Reports live in a virtual `reset-copilot-report:` document rather than an untitled one:
 * nothing to save, no "save changes?" prompt when it is closed, and the text cannot be
 * edited by mistake before it is copied into a ticket.
 */
import * as vscode from 'vscode';

export const REPORT_SCHEME = 'reset-copilot-report';
/** Reports kept for re-opening; the oldest go first. */
const MAX_REPORTS = 20;

export class ReportDocuments implements vscode.TextDocumentContentProvider {
  private readonly texts = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  register(): vscode.Disposable {
    const registration = vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this);
    return {
      dispose: () => {
        registration.dispose();
        this.changed.dispose();
      },
    };
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.texts.get(uri.path) ?? '# Report no longer available\n\nRun the command again.';
  }

  /** The text shown for `uri` (tests read reports through this). */
  textOf(uri: vscode.Uri): string | undefined {
    return this.texts.get(uri.path);
  }

  /** Stores the report and opens it in the Markdown preview (the source view if no preview). */
  async show(name: string, markdown: string): Promise<vscode.Uri> {
    const safe = name.replace(/[^\w .:@()[\]-]+/g, '_').slice(0, 120);
    const uri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${safe}.md` });
    this.texts.delete(uri.path);
    this.texts.set(uri.path, markdown);
    while (this.texts.size > MAX_REPORTS) this.texts.delete(this.texts.keys().next().value!);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      await vscode.window.showTextDocument(uri, { preview: true });
    }
    return uri;
  }
}
