/**
 * "Inspect XML export" and "Draft support email" on an export in a workspace folder: report,
 * diagnostics, and an .eml written next to the export that parses back with the XML attached
 * byte for byte, the body on the clipboard and mailto: offered.
 */
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DraftedEmail } from '../../../../../extension/src/commands/draft-email';
import type { InspectedExport } from '../../../../../extension/src/commands/inspect-xml';
import { activate, type ExtensionApi } from '../../../../../extension/src/extension';
import { COMMAND } from '../../../../../extension/src/ids';
import type { Uri as UriType } from 'vscode';
import { parseEml } from '../../eml';
import { createTestContext, type TestContext } from '../../mock/context';
import { commands, DiagnosticSeverity, env, mock, Uri, window, workspace } from '../../mock/vscode';

const FIXTURE = resolve(import.meta.dirname, '../../../../fixtures/xml/flat-elements.xml');
let context: TestContext;
let api: ExtensionApi;
let folder: string;
let exportUri: UriType;

beforeAll(() => {
  context = createTestContext();
  api = activate(context);
  folder = mkdtempSync(join(tmpdir(), 'rrc-site-'));
  copyFileSync(FIXTURE, join(folder, 'NVR export.xml'));
  exportUri = Uri.file(join(folder, 'NVR export.xml'));
});
afterAll(() => {
  context.cleanUp();
  rmSync(folder, { recursive: true, force: true });
});
beforeEach(async () => {
  mock.reset();
  await api.services.device.clear();
  vi.mocked(window.showQuickPick).mockReset();
  vi.mocked(window.showInformationMessage).mockReset().mockResolvedValue(undefined);
});

describe('Inspect XML export', () => {
  it('reports a usable export without diagnostics', async () => {
    const inspected = await commands.executeCommand<InspectedExport>(COMMAND.inspectXml, exportUri);
    expect(inspected.inspection).toMatchObject({ ok: true, serial: '7K03B21PAZ4C9D1', mac: '3CEF8C4A197E' });
    expect(mock.diagnostics.get(exportUri.toString())).toEqual([]);
    const preview = mock.executed.find((e) => e.id === 'markdown.showPreview')!;
    expect(api.services.reports.textOf(preview.args[0] as never)).toMatch(
      /usable export[\s\S]*7K03B21PAZ4C9D1/,
    );
    expect(mock.output.join('\n')).toContain('NVR export.xml: usable export');
  });

  it('flags an export of another recorder than the probed one, on the serial line', async () => {
    await context.globalState.update('resetCopilot.currentDevice', {
      origin: 'http://192.168.1.108',
      serial: '4L02C55PAZ7E1A3',
      mac: null,
      model: null,
    });
    const inspected = await commands.executeCommand<InspectedExport>(COMMAND.inspectXml, exportUri);
    expect(inspected.inspection.ok).toBe(false);
    const diagnostics = mock.diagnostics.get(exportUri.toString()) as {
      code: string;
      severity: number;
      range: { start: { line: number } };
    }[];
    const mismatch = diagnostics.find((d) => d.code === 'serial-mismatch')!;
    expect(mismatch.severity).toBe(DiagnosticSeverity.Error);
    expect(readFileSync(FIXTURE, 'utf8').split('\n')[mismatch.range.start.line]).toContain('7K03B21PAZ4C9D1');
    expect(window.showErrorMessage).toHaveBeenCalledWith(expect.stringMatching(/not usable/));
  });

  it('rejects a file that is not XML', async () => {
    const png = join(folder, 'photo.xml');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const inspected = await commands.executeCommand<InspectedExport>(COMMAND.inspectXml, Uri.file(png));
    expect(inspected.inspection.ok).toBe(false);
    expect(
      (mock.diagnostics.get(Uri.file(png).toString()) as { code: string }[]).map((d) => d.code),
    ).toContain('binary');
  });
});

describe('Draft support email', () => {
  it('writes an .eml next to the export that parses back with the XML attached', async () => {
    await workspace.getConfiguration('resetCopilot').update('technicianName', 'Ana Técnica');
    vi.mocked(window.showQuickPick).mockImplementation(async (items) => {
      const list = (await items) as unknown as { choice: string; picked: boolean; description: string }[];
      expect(list[0]).toMatchObject({
        choice: 'rpwd-global',
        picked: true,
        description: 'support_rpwd@global.dahuatech.com',
      });
      return list[0] as never;
    });
    const drafted = await commands.executeCommand<DraftedEmail>(COMMAND.draftEmail, exportUri);
    expect(drafted.emlUri.fsPath).toBe(join(folder, 'NVR export - support request.eml'));

    const eml = parseEml(readFileSync(drafted.emlUri.fsPath, 'latin1'));
    expect(eml.headers.to).toBe('<support_rpwd@global.dahuatech.com>');
    expect(eml.headers['x-unsent']).toBe('1');
    expect(eml.headers.subject).toBe(
      'Password reset request (XML file): DHI-NVR4108HS-8P-4KS2/L, serial 7K03B21PAZ4C9D1',
    );
    expect(eml.text).toContain('Serial number: 7K03B21PAZ4C9D1');
    expect(eml.text).toContain('MAC address: 3C:EF:8C:4A:19:7E');
    expect(eml.text).toContain('Ana Técnica');
    expect(eml.attachments).toHaveLength(1);
    expect(eml.attachments[0]!.name).toBe('NVR export.xml');
    expect(Buffer.from(eml.attachments[0]!.bytes).equals(readFileSync(FIXTURE))).toBe(true);

    // The body is on the helper's clipboard; the export itself is untouched.
    expect(mock.clipboard).toBe(drafted.composed.body);
    expect(readFileSync(join(folder, 'NVR export.xml')).equals(readFileSync(FIXTURE))).toBe(true);
  });

  it('never overwrites an earlier draft, and offers mailto: on the local machine', async () => {
    vi.mocked(window.showQuickPick).mockImplementation(
      async (items) => ((await items) as unknown[])[0] as never,
    );
    vi.mocked(window.showInformationMessage).mockResolvedValueOnce('Open in mail app (mailto:)' as never);
    const drafted = await commands.executeCommand<DraftedEmail>(COMMAND.draftEmail, exportUri);
    expect(drafted.emlUri.fsPath).toBe(join(folder, 'NVR export - support request (2).eml'));
    await expect.poll(() => mock.opened.length).toBe(1);
    expect(env.openExternal).toHaveBeenCalled();
    const mailto = decodeURIComponent(mock.opened[0]!);
    expect(mailto).toMatch(/^mailto:support_rpwd@global\.dahuatech\.com\?subject=Password reset request/);
    expect(mailto).toContain('Paste the message from your clipboard');
    expect(readdirSync(folder).filter((f) => f.endsWith('.eml'))).toHaveLength(2);
  });

  it('uses the distributor from the settings when chosen', async () => {
    const config = workspace.getConfiguration('resetCopilot');
    await config.update('distributorAddress', 'resets@distributor.example');
    vi.mocked(window.showQuickPick).mockImplementation(
      async (items) =>
        ((await items) as unknown as { choice: string }[]).find((i) => i.choice === 'distributor') as never,
    );
    const drafted = await commands.executeCommand<DraftedEmail>(COMMAND.draftEmail, exportUri);
    expect(drafted.composed.to).toBe('resets@distributor.example');
    expect(parseEml(readFileSync(drafted.emlUri.fsPath, 'latin1')).headers.to).toBe(
      '<resets@distributor.example>',
    );
  });

  it('refuses to draft for a broken export', async () => {
    const broken = join(folder, 'broken.xml');
    writeFileSync(broken, '<PasswordResetFile><SerialNo>7K03B21PAZ4C9D1</Ser');
    expect(await commands.executeCommand(COMMAND.draftEmail, Uri.file(broken))).toBeUndefined();
    expect(window.showErrorMessage).toHaveBeenCalledWith(expect.stringMatching(/Not drafting/));
    expect(readdirSync(folder).some((f) => f.startsWith('broken') && f.endsWith('.eml'))).toBe(false);
  });
});
