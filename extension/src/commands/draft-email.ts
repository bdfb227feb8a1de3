/**
 * "Reset Copilot: Draft support email": the XML route's e-mail to support, as an .eml draft
 * with the export attached, written next to the export on the site PC (the helper downloads
 * it with Explorer → Download… and opens it in their mail client). mailto: cannot carry an
 * attachment, so the body also goes to the helper's clipboard (env.clipboard is the local
 * machine's) and mailto: is offered for clients that do not open .eml files.
 */
import * as vscode from 'vscode';
import { formatMac } from '../../../shared/identity/mac';
import { serialKey } from '../../../shared/identity/serial';
import {
  buildEml,
  composeRequest,
  formatExportedAt,
  loadEmailSettings,
  mailtoUrl,
  preferredRecipient,
  recipientOptions,
  rememberRecipient,
  validateEmailSettings,
  type ComposedRequest,
  type EmailSettings,
  type RecipientChoice,
} from '../../../shared/email/index';
import type { Services } from '../services';
import { mergeEmailSettings, readSettings } from '../settings';
import { inspectFile, XML_FILES } from './inspect-xml';
import { baseName, pickFile } from './pick-file';

export interface DraftedEmail {
  emlUri: vscode.Uri;
  composed: ComposedRequest;
}

export async function draftEmailCommand(
  services: Services,
  arg?: unknown,
): Promise<DraftedEmail | undefined> {
  const uri = await pickFile(arg, {
    ...XML_FILES,
    title: 'Draft support email: pick the ConfigTool XML export',
  });
  if (!uri) return undefined;

  const inspected = await inspectFile(services, uri).catch((error: unknown) => {
    void vscode.window.showErrorMessage(
      `Could not read ${baseName(uri)}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  });
  if (!inspected) return undefined;
  const { inspection, bytes } = inspected;
  if (!inspection.ok || !bytes) {
    const reason =
      inspection.problems.find((p) => p.severity === 'error')?.message ?? 'it is not a usable export.';
    // Support cannot answer a broken export; sending it would only burn the 24-hour window.
    void vscode.window.showErrorMessage(`Not drafting an e-mail for ${baseName(uri)}: ${reason}`);
    return undefined;
  }

  const settings = mergeEmailSettings(await loadEmailSettings(services.store), readSettings().email);
  const validation = validateEmailSettings(settings);
  if (!validation.ok) {
    void vscode.window.showErrorMessage(
      `Check the Reset Copilot e-mail settings: ${validation.errors.map((e) => e.message).join(' ')}`,
    );
    return undefined;
  }
  const choice = await pickRecipient(settings);
  if (!choice) return undefined;

  const device = services.device.get();
  const composed = composeRequest(
    settings,
    {
      model: inspection.model ?? device?.model ?? null,
      serial: inspection.serial ?? serialKey(device?.serial) ?? null,
      mac: formatMac(inspection.mac) ?? device?.mac ?? null,
      firmware: device?.firmware ?? null,
      exportedAt: inspected.mtime > 0 ? formatExportedAt(inspected.mtime) : null,
      attachmentName: baseName(uri),
    },
    choice,
  );
  await rememberRecipient(services.store, choice);

  const eml = buildEml({
    to: composed.to,
    subject: composed.subject,
    body: composed.body,
    attachment: { name: composed.attachmentName, bytes },
    date: Date.now(),
  });
  const emlUri = await freeName(
    vscode.Uri.joinPath(uri, '..'),
    `${baseName(uri).replace(/\.xml$/i, '')} - support request`,
    '.eml',
  );
  await vscode.workspace.fs.writeFile(emlUri, new TextEncoder().encode(eml));
  await vscode.env.clipboard.writeText(composed.body);
  services.output.appendLine(
    `Drafted ${emlUri.fsPath} to ${composed.to || '(no recipient)'}; body copied to the clipboard.`,
  );

  const missing =
    composed.missing.length > 0 ? ` Fill in before sending: ${composed.missing.join(', ')}.` : '';
  const mail = 'Open in mail app (mailto:)';
  const reveal = 'Reveal in Explorer';
  void vscode.window
    .showInformationMessage(
      `Wrote ${baseName(emlUri)} next to the export, with ${composed.attachmentName} attached. Download it (Explorer → Download…) and open it in your mail client; the message text is on your clipboard.${missing}`,
      mail,
      reveal,
    )
    .then((picked) => {
      // mailto: opens the helper's local mail client; it cannot attach the XML, so say so.
      if (picked === mail) {
        void vscode.window.showInformationMessage(
          `mailto: cannot attach files: attach ${composed.attachmentName} yourself, or send the downloaded .eml instead.`,
        );
        return vscode.env.openExternal(vscode.Uri.parse(mailtoUrl(mailtoFields(composed)).url));
      }
      if (picked === reveal) return vscode.commands.executeCommand('revealInExplorer', emlUri);
      return undefined;
    });
  return { emlUri, composed };
}

async function pickRecipient(settings: EmailSettings): Promise<RecipientChoice | undefined> {
  const preferred = preferredRecipient(settings);
  const items = recipientOptions(settings)
    .filter((option) => option.address !== null)
    .map((option) => ({
      label: option.label,
      description: option.address ?? '',
      detail: option.explanation,
      choice: option.choice,
      picked: option.choice === preferred,
    }))
    .sort((a, b) => Number(b.picked) - Number(a.picked));
  const picked = await vscode.window.showQuickPick(items, {
    title: 'Send the reset request to',
    ignoreFocusOut: true,
  });
  return picked?.choice;
}

/**
 * The mailto: link carries the recipient, the subject and a one-line pointer to the clipboard,
 * not the body: VS Code's opener decodes a Uri's query and re-encodes it with encodeURI, so an
 * '&' or '=' in a template value would split the body into bogus parameters, and long bodies
 * are cut by mail handlers anyway. The full text is already on the clipboard.
 */
function mailtoFields(composed: ComposedRequest): { to: string; subject: string; body: string } {
  const plain = (text: string) => text.replace(/[&=#+]/g, ' ');
  return {
    to: composed.to,
    subject: plain(composed.subject),
    body: `Paste the message from your clipboard here (Ctrl+V) and attach ${plain(composed.attachmentName)}.`,
  };
}

/** `<name>.eml`, or `<name> (2).eml`… when a draft already sits there (never overwrite one). */
async function freeName(folder: vscode.Uri, name: string, ext: string): Promise<vscode.Uri> {
  for (let n = 1; n < 100; n++) {
    const candidate = vscode.Uri.joinPath(folder, `${name}${n === 1 ? '' : ` (${n})`}${ext}`);
    try {
      await vscode.workspace.fs.stat(candidate);
    } catch {
      return candidate;
    }
  }
  return vscode.Uri.joinPath(folder, `${name} ${Date.now()}${ext}`);
}
