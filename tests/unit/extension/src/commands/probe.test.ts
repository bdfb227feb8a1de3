/**
 * "Reset Copilot: Probe recorder…" against the simulator on 127.0.0.1, through the registered
 * command as VS Code would run it: input box validation, progress, report, output channel,
 * the guide's current device — and what reached the device (no PasswdFind, one challenge).
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { activate, type ExtensionApi } from '../../../../../extension/src/extension';
import { COMMAND } from '../../../../../extension/src/ids';
import type { ProbeResult } from '../../../../../shared/probe/types';
import { startSimulator, type Simulator } from '../../../../simulator/server';
import { SELF_SIGNED_CERT, SELF_SIGNED_KEY } from '../../../node/fixtures/self-signed';
import { createTestContext, type TestContext } from '../../mock/context';
import { commands, mock, window, workspace } from '../../mock/vscode';

let sim: Simulator;
let context: TestContext;
let api: ExtensionApi;

beforeAll(async () => {
  sim = await startSimulator();
  context = createTestContext();
  api = activate(context);
});
afterAll(async () => {
  context.cleanUp();
  await sim?.close();
});
afterEach(() => {
  mock.reset();
  vi.mocked(window.showInputBox).mockReset();
  vi.mocked(window.showWarningMessage).mockReset();
});

const probe = (address?: string) =>
  commands.executeCommand(COMMAND.probe, address) as Promise<ProbeResult | undefined>;

describe('Probe recorder command', () => {
  it('probes read-only, reports, and makes the recorder the guide device', async () => {
    sim.clearLog();
    const result = await probe(sim.originOf('dahua-nvr-web3'));
    expect(result).toMatchObject({
      dahua: true,
      generation: 'web3',
      serial: '4L02C55PAZ7E1A3',
      initialized: true,
      resetContacts: ['A', 'B'],
    });

    const sent = sim.requestsFor('dahua-nvr-web3');
    expect(sent.some((r) => r.body.includes('PasswdFind'))).toBe(false);
    expect(sent.filter((r) => r.path === '/RPC2_Login')).toHaveLength(1);

    expect(window.withProgress).toHaveBeenCalled();
    expect(mock.output.join('\n')).toMatch(/Serial\s+4L02C55PAZ7E1A3/);
    const preview = mock.executed.find((e) => e.id === 'markdown.showPreview');
    expect(preview).toBeDefined();
    const report = api.services.reports.textOf(preview!.args[0] as never);
    expect(report).toContain('| Serial | 4L02C55PAZ7E1A3 |');
    expect(report).toContain('A = reserved phone number (SMS), B = reserved e-mail address');

    expect(api.services.device.get()).toMatchObject({
      origin: sim.originOf('dahua-nvr-web3'),
      serial: '4L02C55PAZ7E1A3',
      brand: 'Dahua',
    });
    expect(mock.context.get('resetCopilot.hasDevice')).toBe(true);
  });

  it('asks for the address with validation when none is given', async () => {
    vi.mocked(window.showInputBox).mockImplementation(async (options) => {
      expect(options?.validateInput?.('ftp://x')).toMatch(/Only http/);
      expect(options?.validateInput?.('192.168.1.108')).toBeNull();
      return sim.originOf('amcrest-nvr');
    });
    const result = await probe();
    expect(window.showInputBox).toHaveBeenCalledOnce();
    expect(result).toMatchObject({ dahua: true, brand: 'Amcrest' });
  });

  it('does nothing when the input box is dismissed', async () => {
    vi.mocked(window.showInputBox).mockResolvedValue(undefined);
    const probesBefore = vi.mocked(window.withProgress).mock.calls.length;
    expect(await probe()).toBeUndefined();
    expect(vi.mocked(window.withProgress).mock.calls.length).toBe(probesBefore);
  });

  it('says clearly when nothing answers, and keeps the current device', async () => {
    const before = api.services.device.get();
    const result = await probe('127.0.0.1:1');
    expect(result).toMatchObject({ reachable: false, failure: 'refused' });
    expect(window.showErrorMessage).toHaveBeenCalledWith(expect.stringMatching(/refused the connection/));
    expect(api.services.device.get()).toEqual(before);
  });

  it('accepts a self-signed certificate only after the helper allows it for that host', async () => {
    const server = https.createServer({ key: SELF_SIGNED_KEY, cert: SELF_SIGNED_CERT }, (_req, res) =>
      res.end('<title>Router</title>'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const origin = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      vi.mocked(window.showWarningMessage).mockResolvedValue('Allow for this host' as never);
      const result = await probe(origin);
      expect(window.showWarningMessage).toHaveBeenCalledWith(
        expect.stringMatching(/certificate/),
        'Allow for this host',
        'Cancel',
      );
      const config = workspace.getConfiguration('resetCopilot');
      expect(config.get('allowSelfSignedHosts')).toEqual(['127.0.0.1']);
      expect(result).toMatchObject({ reachable: true, dahua: false, title: 'Router' });
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
