/**
 * "Reset Copilot: Probe recorder…": the CLI's read-only probe, run in the extension host on
 * the site PC (extensionKind workspace), where the recorder's LAN address is reachable.
 *
 * Asks for the address (validated as typed), probes with a progress notification, writes the
 * plain report to the output channel and the Markdown report to a preview, and makes a
 * confirmed recorder the guide's current device. An untrusted certificate is accepted only
 * when the helper allows it for that one host (remembered in the site PC's settings).
 */
import * as vscode from 'vscode';
import { AddressError, normaliseAddress } from '../../../shared/probe/address';
import { isPrivateHost } from '../../../shared/probe/private-host';
import { probeRecorder } from '../../../shared/probe/probe';
import { formatProbeReport } from '../../../shared/probe/report';
import type { ProbeResult } from '../../../shared/probe/types';
import { COMMAND } from '../ids';
import type { Services } from '../services';
import { allowSelfSignedHost, readSettings } from '../settings';

const LAST_ADDRESS_KEY = 'resetCopilot.lastProbeAddress';

/** `address` lets other commands and tests skip the input box. */
export async function probeCommand(services: Services, address?: unknown): Promise<ProbeResult | undefined> {
  const input = typeof address === 'string' && address.trim() !== '' ? address : await askAddress(services);
  if (input === undefined) return undefined;
  let host: string;
  try {
    host = normaliseAddress(input).host;
  } catch (error) {
    void vscode.window.showErrorMessage(error instanceof AddressError ? error.message : String(error));
    return undefined;
  }
  await services.context.globalState.update(LAST_ADDRESS_KEY, input.trim());
  noteProxy(services, host);

  let result = await runProbe(services, input);
  if (result.failure === 'tls-untrusted') {
    const allow = 'Allow for this host';
    const choice = await vscode.window.showWarningMessage(
      `${result.errors[0] ?? 'The certificate is not trusted.'} Allow the certificate of ${host} from now on?`,
      allow,
      'Cancel',
    );
    if (choice === allow) {
      await allowSelfSignedHost(host);
      result = await runProbe(services, input);
    }
  }

  services.output.appendLine(formatProbeReport(result, 'text'));
  services.output.appendLine('');
  await services.reports.show(
    `Probe ${result.address.replace(/^https?:\/\//, '')}`,
    formatProbeReport(result, 'markdown'),
  );

  if (!result.reachable) {
    void vscode.window.showErrorMessage(result.errors[0] ?? `${result.address} did not answer.`);
  } else if (await services.device.setFromProbe(result)) {
    const open = 'Open guide';
    void vscode.window
      .showInformationMessage(
        `${result.brand ?? 'Dahua'} recorder at ${result.address}: the guide now shows it.`,
        open,
      )
      .then((choice) => (choice === open ? vscode.commands.executeCommand(COMMAND.openGuide) : undefined));
  } else {
    void vscode.window.showWarningMessage(
      `${result.address} answered, but it does not look like a Dahua-made recorder.`,
    );
  }
  return result;
}

async function askAddress(services: Services): Promise<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Probe recorder (read-only)',
    prompt:
      'Address of the recorder on the site network. Sends one login challenge with an empty password (never a login) and reads the reset status.',
    placeHolder: '192.168.1.108, nvr.local:8080 or https://10.0.0.5',
    value: services.context.globalState.get<string>(LAST_ADDRESS_KEY) ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => {
      try {
        normaliseAddress(value);
        return null;
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    },
  });
}

function runProbe(services: Services, input: string): Promise<ProbeResult> {
  const { probeTimeoutMs } = readSettings();
  return Promise.resolve(
    vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: `Probing ${input.trim()}…`,
        cancellable: false,
      },
      () => probeRecorder(input, services.http(), { timeoutMs: probeTimeoutMs }),
    ),
  );
}

/**
 * The extension host sends requests through VS Code's proxy settings; the Node client goes
 * direct for LAN addresses (node/http-client.ts). Say which, so a helper behind a
 * corporate proxy knows why a public address may behave differently.
 */
function noteProxy(services: Services, host: string): void {
  const proxy =
    vscode.workspace.getConfiguration('http').get<string>('proxy') ||
    process.env.HTTPS_PROXY ||
    process.env.HTTP_PROXY;
  if (!proxy) return;
  services.output.appendLine(
    isPrivateHost(host)
      ? `A proxy is configured; ${host} is on the site network, so the probe connects to it directly.`
      : `A proxy is configured and ${host} is not a private address: VS Code's proxy settings apply (add the recorder to "http.noProxy" if it is on the LAN).`,
  );
}
