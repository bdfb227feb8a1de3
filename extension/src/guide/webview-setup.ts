/**
 * Options and HTML for any guide webview (the activity-bar view and the editor panel):
 * scripts on, local resources limited to the webview bundle folder, a fresh nonce per load.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { nonceFrom, renderGuideHtml } from './html';

/** dist/webview: guide.js and guide.css, and nothing else the webview may load. */
export function guideBundleRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'dist', 'webview');
}

export function guideWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [guideBundleRoot(extensionUri)] };
}

export function setGuideHtml(webview: vscode.Webview, extensionUri: vscode.Uri, readScreen: boolean): void {
  const root = guideBundleRoot(extensionUri);
  webview.html = renderGuideHtml({
    cspSource: webview.cspSource,
    scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'guide.js')).toString(),
    styleUri: webview.asWebviewUri(vscode.Uri.joinPath(root, 'guide.css')).toString(),
    nonce: nonceFrom(randomBytes(32)),
    readScreen,
  });
}
