/**
 * The webmail compose driver: open a compose, fill recipient, subject and body, attach the
 * XML, and say "attached" only after the attachment chip with the same name (and size, when
 * shown) is really there. Every way it can stop has a reason the technician can act on; the
 * side panel then offers the fallbacks (compose URL + download + clipboard, .eml, mailto).
 */
import type { WebmailCompose, WebmailResult, WebmailStage } from '../messages';
import { makeFile, fireDrag, putInFileInput, transferOf } from './attach';
import { base64ToBytes } from './base64';
import { chipSizeMatches, findChip, type Chip } from './chip';
import { commitRecipient, fillField, showsText } from './fill';
import type { WebmailProfile } from './profile';
import { waitFor } from './wait';

export interface DriverTimeouts {
  /** For the webmail app to show a compose button or a compose (it loads slowly). */
  app: number;
  /** For a compose to open after the click. */
  compose: number;
  /** For the dropzone to appear after dragenter. */
  dropzone: number;
  /** For the attachment chip (the upload may take a while). */
  chip: number;
}

export const DEFAULT_TIMEOUTS: DriverTimeouts = {
  app: 20_000,
  compose: 10_000,
  dropzone: 3_000,
  chip: 20_000,
};

class Stop extends Error {
  constructor(
    readonly stage: WebmailStage,
    reason: string,
  ) {
    super(reason);
  }
}

export async function driveCompose(
  profile: WebmailProfile,
  request: WebmailCompose,
  timeouts: DriverTimeouts = DEFAULT_TIMEOUTS,
  doc: Document = document,
): Promise<WebmailResult> {
  try {
    const compose = await openCompose(profile, doc, timeouts);
    fillRecipient(profile, compose, request.to);
    fillSubject(profile, compose, request.subject);
    fillBody(profile, compose, request.body);
    const bytes = base64ToBytes(request.attachment.base64);
    if (bytes.length !== request.attachment.size) {
      throw new Stop(
        'attach',
        `The attachment arrived damaged (${bytes.length} of ${request.attachment.size} bytes).`,
      );
    }
    const file = makeFile(request.attachment.name, request.attachment.mime, bytes);
    const { chip, via } = await attach(profile, doc, compose, file, timeouts);
    return { ok: true, provider: profile.provider, chip: chip.text, via };
  } catch (error) {
    const stop = error instanceof Stop ? error : new Stop('compose', `Unexpected error: ${String(error)}`);
    return { ok: false, provider: profile.provider, stage: stop.stage, reason: stop.message };
  }
}

/** An empty compose already open (e.g. the Outlook deeplink page), else a new one from the button. */
async function openCompose(
  profile: WebmailProfile,
  doc: Document,
  timeouts: DriverTimeouts,
): Promise<HTMLElement> {
  const label = profile.label;
  // On a compose page (deeplink) the compose is coming: never open a second one beside it.
  const composePage = profile.isComposePage(doc);
  const ready = await waitFor(
    () => findEmpty(profile, doc) ?? (composePage ? null : profile.composeButton(doc)),
    timeouts.app,
  );
  if (!ready) {
    throw new Stop(
      'compose',
      composePage
        ? `${label}'s markup changed: the compose page shows no compose form (no subject and message fields found).`
        : `${label}'s markup changed: no compose window and no Compose button found.`,
    );
  }
  if (profile.composes(doc).includes(ready)) return ready;
  const before = new Set(profile.composes(doc));
  ready.click();
  const opened = await waitFor(() => profile.composes(doc).find((c) => !before.has(c)), timeouts.compose);
  if (!opened) {
    throw new Stop('compose', `${label}'s markup changed: no compose dialog found after clicking Compose.`);
  }
  return opened;
}

/** A compose page opened for us (Outlook deeplink), or an untouched compose, else none. */
function findEmpty(profile: WebmailProfile, doc: Document): HTMLElement | undefined {
  const composes = profile.composes(doc);
  if (profile.isComposePage(doc)) return composes[0];
  return composes.find(
    (c) => (profile.subject(c)?.value ?? '') === '' && (profile.body(c)?.textContent ?? '').trim() === '',
  );
}

function fillRecipient(profile: WebmailProfile, compose: HTMLElement, to: string): void {
  if (profile.hasRecipient(compose, to)) return;
  const field = profile.recipient(compose);
  if (!field)
    throw new Stop('recipient', `${profile.label}'s markup changed: no recipient field in the compose.`);
  fillField(field, to);
  commitRecipient(field);
  if (!profile.hasRecipient(compose, to)) {
    throw new Stop('recipient', `${profile.label} did not take the recipient ${to}.`);
  }
}

function fillSubject(profile: WebmailProfile, compose: HTMLElement, subject: string): void {
  const field = profile.subject(compose);
  if (!field)
    throw new Stop('subject', `${profile.label}'s markup changed: no subject field in the compose.`);
  if (field.value === subject) return;
  if (!fillField(field, subject)) throw new Stop('subject', `${profile.label} did not take the subject.`);
}

function fillBody(profile: WebmailProfile, compose: HTMLElement, body: string): void {
  const editor = profile.body(compose);
  if (!editor)
    throw new Stop('body', `${profile.label}'s markup changed: no message body editor in the compose.`);
  // A deeplink may have carried a shortened body: then the full text replaces it.
  if (showsText(editor, body)) return;
  if (!fillField(editor, body)) throw new Stop('body', `${profile.label} did not take the message body.`);
}

async function attach(
  profile: WebmailProfile,
  doc: Document,
  compose: HTMLElement,
  file: File,
  timeouts: DriverTimeouts,
): Promise<{ chip: Chip; via: 'drop' | 'file-input' }> {
  const area = () => profile.attachmentArea(compose);
  const reasons: string[] = [];

  // 1. Synthetic drop, the InboxSDK way: drag over the compose, drop on the dropzone.
  const transfer = transferOf(file);
  const target = profile.body(compose) ?? compose;
  fireDrag(target, 'dragenter', transfer);
  fireDrag(target, 'dragover', transfer);
  const zone = await waitFor(() => profile.dropzone.find(doc, compose), timeouts.dropzone);
  if (zone || !profile.dropzone.required) {
    const where = zone ?? target;
    fireDrag(where, 'dragover', transfer);
    // A webmail that takes a drop cancels it (or the browser would open the file itself):
    // an uncancelled drop was refused, so there is no point waiting for a chip.
    const taken = !fireDrag(where, 'drop', transfer);
    const chip = taken ? await waitForChip(area, file, timeouts.chip) : null;
    if (chip) return { chip, via: 'drop' };
    reasons.push(taken ? 'the drop was taken but no attachment appeared' : 'the compose refused the drop');
  } else {
    fireDrag(target, 'dragleave', transfer);
    reasons.push('no dropzone appeared when dragging over the compose');
  }

  // 2. The compose's own file input, when there is one in the page.
  const input = profile.fileInput(doc, compose);
  if (input && putInFileInput(input, transferOf(file))) {
    const chip = await waitForChip(area, file, timeouts.chip);
    if (chip) return { chip, via: 'file-input' };
    reasons.push('the file input took the file but no attachment appeared');
  } else {
    reasons.push('no file input in the compose');
  }
  throw new Stop('attach', `${profile.label} did not show the attachment: ${reasons.join('; ')}.`);
}

/** How long a chip may show no size / a progress bar before its name alone is taken as proof. */
const SETTLE_MS = 5_000;

/** Waits for the chip; a chip with the right name but the wrong size is a failure, not a success. */
async function waitForChip(area: () => HTMLElement, file: File, timeoutMs: number): Promise<Chip | null> {
  const chip = await waitFor(() => findChip(area(), file.name), timeoutMs);
  if (!chip) return null;
  const sizeOf = (c: Chip) => chipSizeMatches(c.text.replace(file.name, ''), file.size);
  const uploading = (c: Chip) =>
    !!(c.el.closest('[role="progressbar"]') ?? c.el.querySelector('[role="progressbar"]'));
  // Uploading chips show progress first and the size later: wait for both to settle.
  const settled =
    (await waitFor(() => {
      const now = findChip(area(), file.name);
      return now && !uploading(now) && sizeOf(now) !== null ? now : null;
    }, SETTLE_MS)) ?? findChip(area(), file.name);
  if (!settled) return null;
  if (sizeOf(settled) === false) {
    throw new Stop(
      'confirm',
      `The attachment shows "${settled.text}", which does not match ${file.name} (${file.size} bytes).`,
    );
  }
  return settled;
}
