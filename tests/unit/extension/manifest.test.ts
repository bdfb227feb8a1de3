/**
 * Manifest contract: activating the extension registers every contributed command, view and
 * serializer, and the manifest says what the reference requires (workspace extension kind,
 * serializer activation, setting scopes, an allow-list .vscodeignore). Catches the common
 * "command not found" bug without a VS Code download.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activate, deactivate } from '../../../extension/src/extension';
import { COMMAND, GUIDE_PANEL, GUIDE_VIEW } from '../../../extension/src/ids';
import { createTestContext, EXTENSION_DIR, type TestContext } from './mock/context';
import { mock } from './mock/vscode';

interface Manifest {
  main: string;
  extensionKind: string[];
  activationEvents: string[];
  engines: { vscode: string };
  license?: string;
  capabilities: {
    untrustedWorkspaces: { supported: boolean | 'limited'; restrictedConfigurations?: string[] };
  };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    views: Record<string, { id: string; type?: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    menus: Record<string, { command: string; when?: string }[]>;
    configuration: { properties: Record<string, { scope?: string }> };
  };
}

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'package.json'), 'utf8')) as Manifest;
let context: TestContext;

beforeAll(() => {
  context = createTestContext();
  activate(context);
});
afterAll(() => {
  deactivate();
  context.cleanUp();
});

describe('extension manifest', () => {
  it('runs where the workspace is (the site PC), from the bundle', () => {
    expect(manifest.extensionKind).toEqual(['workspace']);
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.license).toBe('MIT');
    // No eager activation: contributions activate it since VS Code 1.74.
    expect(manifest.activationEvents.filter((e) => e === '*' || e === 'onStartupFinished')).toEqual([]);
  });

  it('registers every contributed command, and contributes every registered one', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    expect(contributed).toEqual(Object.values(COMMAND).sort());
    for (const id of contributed) expect(mock.commands.has(id), id).toBe(true);
    for (const command of manifest.contributes.commands) expect(command.category).toBe('Reset Copilot');
  });

  it('names the commands as the issue does', () => {
    const titles = manifest.contributes.commands.map((c) => `${c.category}: ${c.title}`);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Reset Copilot: Probe recorder…',
        'Reset Copilot: Read details from image',
        'Reset Copilot: Inspect XML export',
        'Reset Copilot: Draft support email',
      ]),
    );
  });

  it('menus only name contributed commands, and the Explorer entries match the file types', () => {
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const entry of entries)
        expect(contributed.has(entry.command), `${menu}: ${entry.command}`).toBe(true);
    }
    const explorer = Object.fromEntries(
      manifest.contributes.menus['explorer/context']!.map((e) => [e.command, e.when ?? '']),
    );
    const imageWhen = new RegExp(/resourceExtname =~ \/(.+)\/i/.exec(explorer[COMMAND.readImage]!)![1]!, 'i');
    expect(['.png', '.jpg', '.jpeg', '.PNG'].every((ext) => imageWhen.test(ext))).toBe(true);
    expect(['.gif', '.xml', '.pngx'].some((ext) => imageWhen.test(ext))).toBe(false);
    const xmlWhen = new RegExp(/resourceExtname =~ \/(.+)\/i/.exec(explorer[COMMAND.inspectXml]!)![1]!, 'i');
    expect(xmlWhen.test('.xml') && !xmlWhen.test('.xmlx')).toBe(true);
    expect(explorer[COMMAND.draftEmail]).toBe(explorer[COMMAND.inspectXml]);
  });

  it('registers a provider for every contributed webview view, and the panel serializer', () => {
    const views = Object.values(manifest.contributes.views).flat();
    expect(views.map((v) => v.id)).toEqual([GUIDE_VIEW]);
    for (const view of views) {
      expect(view.type).toBe('webview');
      expect(mock.viewProviders.has(view.id), view.id).toBe(true);
    }
    for (const container of manifest.contributes.viewsContainers.activitybar) {
      expect(readFileSync(join(EXTENSION_DIR, container.icon), 'utf8')).toContain('<svg');
    }
    // A serializer restores the panel only if the panel type activates the extension.
    expect(manifest.activationEvents).toContain(`onWebviewPanel:${GUIDE_PANEL}`);
    expect(mock.serializers.has(GUIDE_PANEL)).toBe(true);
  });

  it('scopes settings by where their value belongs', () => {
    const scopes = Object.fromEntries(
      Object.entries(manifest.contributes.configuration.properties).map(([k, v]) => [k, v.scope]),
    );
    expect(scopes).toEqual({
      'resetCopilot.recipient': 'machine-overridable',
      'resetCopilot.distributorAddress': 'machine-overridable',
      'resetCopilot.technicianName': 'application',
      'resetCopilot.company': 'application',
      'resetCopilot.subjectTemplate': 'application',
      'resetCopilot.bodyTemplate': 'application',
      'resetCopilot.probeTimeoutMs': 'machine-overridable',
      'resetCopilot.allowSelfSignedHosts': 'machine',
    });
    // An untrusted folder must not be able to redirect the e-mail or accept certificates.
    expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations?.sort()).toEqual([
      'resetCopilot.allowSelfSignedHosts',
      'resetCopilot.distributorAddress',
      'resetCopilot.recipient',
    ]);
  });

  it('packs an allow-list: bundles, offline OCR data, manifest, readme, licence', () => {
    const ignore = readFileSync(join(EXTENSION_DIR, '.vscodeignore'), 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith('#'));
    expect(ignore[0]).toBe('**');
    expect(ignore.slice(1).every((l) => l.startsWith('!'))).toBe(true);
    expect(ignore).toEqual(
      expect.arrayContaining([
        '!dist/extension.js',
        '!dist/tesseract-worker.js',
        '!dist/webview/guide.js',
        '!README.md',
        '!LICENSE',
      ]),
    );
  });
});
