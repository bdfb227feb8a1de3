/**
 * The extension-host end of the guide webview: answers the webview's GuideHost requests
 * (protocol.ts) and tells it when the current device changes.
 *
 * Everything from the webview is validated (parseRequest) and limited: storage only under
 * the guide's own key prefix and size, file names reduced to a bare name. A hidden webview
 * cannot receive messages, so a device change while hidden is delivered when it shows again.
 */
import * as vscode from 'vscode';
import { readResetStatus } from '../../../shared/probe/probe';
import type { ReadScreenOutcome } from '../../../ui/guide-host';
import {
  MAX_STORED_JSON,
  parseRequest,
  WEBVIEW_KEY_PREFIX,
  type EventMessage,
  type GuideRequest,
  type ResponseMessage,
} from '../../webview/protocol';
import type { Services } from '../services';
import { readSettings } from '../settings';

export interface GuideBridgeOptions {
  /** Whether the webview can currently receive messages. */
  isVisible(): boolean;
  /** Reads an image the helper picks, for "Read this screen"; absent when OCR is unavailable. */
  readScreen?: () => Promise<ReadScreenOutcome>;
}

export class GuideBridge implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private pendingDeviceChange = false;

  constructor(
    private readonly webview: vscode.Webview,
    private readonly services: Services,
    private readonly options: GuideBridgeOptions,
  ) {
    this.subscriptions.push(
      webview.onDidReceiveMessage((message: unknown) => void this.onMessage(message)),
      services.device.onDidChange(() => this.deviceChanged()),
    );
  }

  /** Call when the view or panel becomes visible again. */
  visibilityChanged(): void {
    if (this.pendingDeviceChange && this.options.isVisible()) this.deviceChanged();
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }

  private deviceChanged(): void {
    if (!this.options.isVisible()) {
      this.pendingDeviceChange = true;
      return;
    }
    this.pendingDeviceChange = false;
    const event: EventMessage = { kind: 'event', event: 'device-changed' };
    void this.webview.postMessage(event);
  }

  private async onMessage(message: unknown): Promise<void> {
    const parsed = parseRequest(message);
    if (!parsed) return;
    let response: ResponseMessage;
    try {
      response = {
        kind: 'response',
        id: parsed.id,
        ok: true,
        value: (await this.handle(parsed.request)) ?? null,
      };
    } catch (error) {
      response = {
        kind: 'response',
        id: parsed.id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      };
    }
    await this.webview.postMessage(response);
  }

  private async handle(request: GuideRequest): Promise<unknown> {
    const { store, device } = this.services;
    switch (request.method) {
      case 'store.get':
        return store.get(ownKey(request.key));
      case 'store.set': {
        const json = JSON.stringify(request.value ?? null);
        if (json.length > MAX_STORED_JSON)
          throw new Error(`Refusing to store ${json.length} characters under one key.`);
        return store.set(ownKey(request.key), JSON.parse(json));
      }
      case 'store.remove':
        return store.remove(ownKey(request.key));
      case 'store.keys':
        return store.keys(ownKey(request.prefix));
      case 'currentDevice':
        return device.get();
      case 'readDevice': {
        const current = device.get();
        if (!current) return null;
        // Read-only: DevInit.getStatus only, never PasswdFind.
        const status = await readResetStatus(current.origin, this.services.http(), {
          timeoutMs: readSettings().probeTimeoutMs,
        });
        return { status, shown: {} };
      }
      case 'readScreen':
        if (!this.options.readScreen)
          return { ok: false, problem: 'engine-failed', message: 'Reading images is not available here.' };
        return this.options.readScreen();
      case 'copyText':
        // The helper's own clipboard: env.clipboard is always the local machine's.
        return vscode.env.clipboard.writeText(request.text);
      case 'saveTextFile':
        return this.saveFile(request.fileName, new TextEncoder().encode(request.text));
      case 'download':
        return this.saveFile(request.fileName, Buffer.from(request.base64, 'base64'));
      case 'openUrl':
        // The helper's own browser or mail client (openExternal acts on the local machine).
        return vscode.env.openExternal(vscode.Uri.parse(request.url)).then(() => null);
    }
  }

  /** Saves on the site PC (where the extension runs); the helper downloads it from Explorer. */
  private async saveFile(fileName: string, bytes: Uint8Array): Promise<void> {
    const name = safeFileName(fileName);
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? this.services.context.globalStorageUri;
    const target = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(folder, name),
      saveLabel: 'Save',
    });
    if (!target) return;
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(
      `Saved ${target.fsPath}. To get it on your computer, right-click it in the Explorer and choose Download…`,
    );
  }
}

function ownKey(key: string): string {
  if (!key.startsWith(WEBVIEW_KEY_PREFIX))
    throw new Error(`The guide may only use keys starting with "${WEBVIEW_KEY_PREFIX}".`);
  return key;
}

/** A bare file name: no folders, no control or reserved characters, never empty. */
export function safeFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const clean = base
    // eslint-disable-next-line no-control-regex -- control characters are what this strips
    .replace(/[\u0000-\u001f<>:"|?*]+/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 120);
  return clean || 'reset-copilot.txt';
}
