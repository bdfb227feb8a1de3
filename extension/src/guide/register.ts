/**
 * The guide in VS Code: a webview view in the activity bar (the browser side panel's
 * analogue) and, on demand, an editor panel. Both render the same bundled Preact guide and
 * talk to one GuideBridge each. The panel is restored after a window reload by its
 * serializer (manifest: `onWebviewPanel:resetCopilot.guidePanel`); the cases themselves live in
 * globalState, so a restored or reopened guide shows the same progress.
 */
import * as vscode from 'vscode';
import type { ReadScreenOutcome } from '../../../ui/guide-host';
import { GUIDE_PANEL, GUIDE_VIEW } from '../ids';
import type { Services } from '../services';
import { GuideBridge } from './bridge';
import { guideWebviewOptions, setGuideHtml } from './webview-setup';

export interface GuideFeatures {
  /** Reads an image for "Read this screen"; absent when the OCR pipeline is unavailable. */
  readScreen?: () => Promise<ReadScreenOutcome>;
}

export interface GuideControl {
  /** Opens (or reveals) the guide panel. */
  openPanel(): vscode.WebviewPanel;
}

export function registerGuide(services: Services, features: GuideFeatures): GuideControl {
  const { context } = services;
  const extensionUri = context.extensionUri;
  let panel: vscode.WebviewPanel | undefined;

  const readScreenFor = () => (vscode.workspace.isTrusted ? features.readScreen : undefined);

  const attachPanel = (created: vscode.WebviewPanel): vscode.WebviewPanel => {
    panel = created;
    // Reapplied on restore too, so localResourceRoots always point at this install's bundle.
    created.webview.options = guideWebviewOptions(extensionUri);
    const bridge = new GuideBridge(created.webview, services, {
      isVisible: () => created.visible,
      readScreen: readScreenFor(),
    });
    setGuideHtml(created.webview, extensionUri, readScreenFor() !== undefined);
    const viewState = created.onDidChangeViewState(() => bridge.visibilityChanged());
    created.onDidDispose(() => {
      bridge.dispose();
      viewState.dispose();
      if (panel === created) panel = undefined;
    });
    return created;
  };

  context.subscriptions.push(
    vscode.window.registerWebviewViewProvider(
      GUIDE_VIEW,
      {
        resolveWebviewView(view) {
          view.webview.options = guideWebviewOptions(extensionUri);
          const bridge = new GuideBridge(view.webview, services, {
            isVisible: () => view.visible,
            readScreen: readScreenFor(),
          });
          setGuideHtml(view.webview, extensionUri, readScreenFor() !== undefined);
          const visibility = view.onDidChangeVisibility(() => bridge.visibilityChanged());
          view.onDidDispose(() => {
            bridge.dispose();
            visibility.dispose();
          });
        },
      },
      // Hidden views are rebuilt when shown (cheap: the state is in globalState), instead of
      // keeping a whole renderer alive (retainContextWhenHidden has a high memory cost).
      { webviewOptions: { retainContextWhenHidden: false } },
    ),
    vscode.window.registerWebviewPanelSerializer(GUIDE_PANEL, {
      deserializeWebviewPanel(restored) {
        attachPanel(restored);
        return Promise.resolve();
      },
    }),
  );

  return {
    openPanel() {
      if (panel) {
        panel.reveal();
        return panel;
      }
      return attachPanel(
        vscode.window.createWebviewPanel(
          GUIDE_PANEL,
          'Reset guide',
          vscode.ViewColumn.Active,
          guideWebviewOptions(extensionUri),
        ),
      );
    },
  };
}
