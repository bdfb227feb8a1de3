/**
 * Entry of the guide webview: the same Preact guide as the browser side panel, over a
 * GuideHost that talks to the extension host by postMessage. Bundled by extension/build.ts
 * into dist/webview/guide.js (+ guide.css), the only script the webview's CSP lets run.
 */
import { render } from 'preact';
import '../../ui/panel.css';
import './vscode.css';
import { App } from '../../ui/App';
import { createWebviewHost, type VsCodeApi } from './vscode-host';

declare function acquireVsCodeApi(): VsCodeApi;

// Once per webview (a second call throws), and never handed to other code.
const api = acquireVsCodeApi();
// A non-empty state lets the panel serializer restore this panel after a window reload.
api.setState({ view: 'guide', version: 1 });

const host = createWebviewHost(api, window);
// The host says whether it can read images (OCR shipped and the workspace trusted).
if (document.body.dataset.readScreen !== 'on') delete host.readScreen;

render(<App host={host} />, document.getElementById('app')!);
