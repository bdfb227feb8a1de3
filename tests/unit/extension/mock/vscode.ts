/**
 * The `vscode` module for the extension's unit tests (vitest.config.ts aliases `vscode` here;
 * no VS Code download). jest-mock-vscode 4.10 supplies most of the API (Uri, Range,
 * Diagnostic, workspace.fs over the real disk, configuration); what it leaves as bare vi.fn()
 * stubs, or lacks (env), is filled in below with small working fakes, so commands run end to
 * end and tests can inspect what the extension did through `mock`.
 */
import { createVSCodeMock } from 'jest-mock-vscode';
import { vi } from 'vitest';
// Types only: for tsc, 'vscode' is @types/vscode (the alias to this file is vitest's), so the
// fakes below are typed as the real API and tests get typed vi.mocked(...) helpers.
import type * as api from 'vscode';

type Listener<T> = (value: T) => unknown;
type Handler = (...args: unknown[]) => unknown;

const base = createVSCodeMock(vi) as unknown as Record<string, any>;

const disposable = (fn: () => void = () => {}) => ({ dispose: vi.fn(fn) });

/** A webview whose messages the test can send and read. */
export interface FakeWebview {
  options: Record<string, unknown>;
  html: string;
  cspSource: string;
  posted: unknown[];
  asWebviewUri(uri: { path: string }): unknown;
  postMessage(message: unknown): Promise<boolean>;
  onDidReceiveMessage(listener: Listener<unknown>): { dispose(): void };
  /** Delivers a message as if the webview had posted it. */
  send(message: unknown): void;
}

export function fakeWebview(): FakeWebview {
  const listeners = new Set<Listener<unknown>>();
  const webview: FakeWebview = {
    options: {},
    html: '',
    cspSource: 'https://fake.vscode-cdn.net',
    posted: [],
    asWebviewUri: (uri) => base.Uri.parse(`https://fake.vscode-cdn.net${uri.path}`),
    postMessage: vi.fn(async (message: unknown) => {
      webview.posted.push(message);
      return true;
    }),
    onDidReceiveMessage(listener) {
      listeners.add(listener);
      return disposable(() => listeners.delete(listener));
    },
    send(message) {
      for (const listener of [...listeners]) listener(message);
    },
  };
  return webview;
}

export interface FakePanel {
  viewType: string;
  title: string;
  webview: FakeWebview;
  visible: boolean;
  reveal: ReturnType<typeof vi.fn>;
  onDidChangeViewState(listener: Listener<unknown>): { dispose(): void };
  onDidDispose(listener: () => void): { dispose(): void };
  dispose(): void;
}

export function fakePanel(viewType: string, title = ''): FakePanel {
  const disposeListeners = new Set<() => void>();
  return {
    viewType,
    title,
    webview: fakeWebview(),
    visible: true,
    reveal: vi.fn(),
    onDidChangeViewState: () => disposable(),
    onDidDispose(listener) {
      disposeListeners.add(listener);
      return disposable(() => disposeListeners.delete(listener));
    },
    dispose() {
      for (const listener of [...disposeListeners]) listener();
    },
  };
}

/** What the extension registered and did, for assertions. */
export const mock = {
  commands: new Map<string, Handler>(),
  context: new Map<string, unknown>(),
  executed: [] as { id: string; args: unknown[] }[],
  viewProviders: new Map<
    string,
    { resolveWebviewView(view: unknown, context?: unknown, token?: unknown): unknown }
  >(),
  serializers: new Map<string, { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> }>(),
  contentProviders: new Map<string, { provideTextDocumentContent(uri: unknown): string }>(),
  panels: [] as FakePanel[],
  output: [] as string[],
  diagnostics: new Map<string, unknown[]>(),
  clipboard: '',
  opened: [] as string[],
  reset(): void {
    mock.executed.length = 0;
    mock.output.length = 0;
    mock.opened.length = 0;
    mock.clipboard = '';
    mock.diagnostics.clear();
  },
};

export const commands: typeof api.commands = {
  ...base.commands,
  registerCommand: vi.fn((id: string, handler: Handler) => {
    // VS Code throws on a second registration of the same id; so does this fake.
    if (mock.commands.has(id)) throw new Error(`command '${id}' already exists`);
    mock.commands.set(id, handler);
    return disposable(() => mock.commands.delete(id));
  }),
  executeCommand: vi.fn(async (id: string, ...args: unknown[]) => {
    mock.executed.push({ id, args });
    if (id === 'setContext') {
      mock.context.set(String(args[0]), args[1]);
      return undefined;
    }
    const handler = mock.commands.get(id);
    return handler ? handler(...args) : undefined;
  }),
  getCommands: vi.fn(async () => [...mock.commands.keys()]),
};

export const window: typeof api.window = Object.assign(base.window, {
  createOutputChannel: vi.fn((name: string) => ({
    name,
    append: vi.fn((text: string) => mock.output.push(text)),
    appendLine: vi.fn((text: string) => mock.output.push(text)),
    clear: vi.fn(),
    show: vi.fn(),
    hide: vi.fn(),
    replace: vi.fn(),
    dispose: vi.fn(),
  })),
  withProgress: vi.fn(async (_options: unknown, task: (progress: unknown, token: unknown) => unknown) =>
    task(
      { report: vi.fn() },
      { isCancellationRequested: false, onCancellationRequested: vi.fn(() => disposable()) },
    ),
  ),
  registerWebviewViewProvider: vi.fn(
    (id: string, provider: { resolveWebviewView(view: unknown): unknown }) => {
      mock.viewProviders.set(id, provider);
      return disposable(() => mock.viewProviders.delete(id));
    },
  ),
  registerWebviewPanelSerializer: vi.fn(
    (
      viewType: string,
      serializer: { deserializeWebviewPanel(panel: unknown, state: unknown): Promise<void> },
    ) => {
      mock.serializers.set(viewType, serializer);
      return disposable(() => mock.serializers.delete(viewType));
    },
  ),
  createWebviewPanel: vi.fn((viewType: string, title: string) => {
    const panel = fakePanel(viewType, title);
    mock.panels.push(panel);
    return panel;
  }),
  showTextDocument: vi.fn(async () => undefined),
});

export const workspace: typeof api.workspace = base.workspace;
Object.assign(workspace, {
  registerTextDocumentContentProvider: vi.fn(
    (scheme: string, provider: { provideTextDocumentContent(uri: unknown): string }) => {
      mock.contentProviders.set(scheme, provider);
      return disposable(() => mock.contentProviders.delete(scheme));
    },
  ),
});

export const languages: typeof api.languages = Object.assign(base.languages, {
  createDiagnosticCollection: vi.fn((name: string) => ({
    name,
    set: vi.fn((uri: { toString(): string }, diagnostics: unknown[]) =>
      mock.diagnostics.set(uri.toString(), diagnostics),
    ),
    get: vi.fn((uri: { toString(): string }) => mock.diagnostics.get(uri.toString())),
    delete: vi.fn((uri: { toString(): string }) => mock.diagnostics.delete(uri.toString())),
    clear: vi.fn(() => mock.diagnostics.clear()),
    forEach: vi.fn(),
    has: vi.fn((uri: { toString(): string }) => mock.diagnostics.has(uri.toString())),
    dispose: vi.fn(),
  })),
});

/** jest-mock-vscode 4.10 has no `env`. Clipboard and openExternal act on the helper's machine. */
export const env: Pick<typeof api.env, 'clipboard' | 'openExternal' | 'appName' | 'remoteName' | 'uiKind'> = {
  appName: 'Visual Studio Code',
  remoteName: 'ssh-remote',
  uiKind: 1,
  clipboard: {
    writeText: vi.fn(async (text: string) => {
      mock.clipboard = text;
    }),
    readText: vi.fn(async () => mock.clipboard),
  },
  openExternal: vi.fn(async (uri: { toString(): string }) => {
    mock.opened.push(uri.toString());
    return true;
  }),
};

export const ConfigurationTarget: typeof api.ConfigurationTarget = base.ConfigurationTarget;
export const Diagnostic: typeof api.Diagnostic = base.Diagnostic;
export const DiagnosticSeverity: typeof api.DiagnosticSeverity = base.DiagnosticSeverity;
export const Disposable: typeof api.Disposable = base.Disposable;
export const ExtensionMode: typeof api.ExtensionMode = base.ExtensionMode;
export const FileType: typeof api.FileType = base.FileType;
export const MarkdownString: typeof api.MarkdownString = base.MarkdownString;
export const Position: typeof api.Position = base.Position;
export const ProgressLocation: typeof api.ProgressLocation = base.ProgressLocation;
export const Range: typeof api.Range = base.Range;
export const ThemeIcon: typeof api.ThemeIcon = base.ThemeIcon;
export const ViewColumn: typeof api.ViewColumn = base.ViewColumn;
export const EventEmitter: typeof api.EventEmitter = base.EventEmitter;
export const Uri: typeof api.Uri = base.Uri;

export default { ...base, commands, window, workspace, languages, env, EventEmitter, Uri };
