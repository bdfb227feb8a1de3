/**
 * What the driver needs to know about one webmail's compose UI. Everything here is private,
 * undocumented markup that the vendors change without notice, so each lookup tries the stable
 * hooks first (ARIA labels, form names) and every miss becomes a readable failure reason.
 */
import type { Webmail } from '../../shared/email/webmail';

export type TextField = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

export interface WebmailProfile {
  provider: Webmail;
  /** 'Gmail' / 'Outlook': used in failure reasons the technician reads. */
  label: string;
  /** The page itself is a compose opened for us (a deeplink / compose URL): use its compose as is. */
  isComposePage(doc: Document): boolean;
  /** Every compose window currently open, newest last. */
  composes(doc: Document): HTMLElement[];
  /** The button that opens a new compose, or null. */
  composeButton(doc: Document): HTMLElement | null;
  recipient(compose: HTMLElement): TextField | null;
  /** The address shows in the recipient field, as typed text or as a recipient chip. */
  hasRecipient(compose: HTMLElement, address: string): boolean;
  subject(compose: HTMLElement): HTMLInputElement | null;
  body(compose: HTMLElement): HTMLElement | null;
  /**
   * The drop zone the UI shows while files are dragged over it. Gmail only accepts drops on
   * its dropzone (`required`); Outlook accepts a drop on the compose itself.
   */
  dropzone: { find(doc: Document, compose: HTMLElement): HTMLElement | null; required: boolean };
  /** A compose file input already in the DOM (none: the file input route is skipped). */
  fileInput(doc: Document, compose: HTMLElement): HTMLInputElement | null;
  /** Where attachment chips may appear (the compose, or a bigger region around it). */
  attachmentArea(compose: HTMLElement): HTMLElement;
}
