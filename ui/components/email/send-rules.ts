/**
 * When the support e-mail may be composed, and how the compose buttons are named. Plain
 * functions, so the rules are tested without rendering.
 */
import type { Webmail } from '../../../shared/email';
import type { WebmailTab } from '../../guide-host';

export interface SendState {
  /** An XML export is kept for the case (or picked, in desk mode). */
  hasFile: boolean;
  /** The chosen recipient's address; '' when it has none (a distributor not set up). */
  to: string;
  /** The kept file names another device. */
  wrongDevice: boolean;
  /** The technician ticked "I know this file is from another device". */
  confirmedWrongDevice: boolean;
}

/**
 * Why the e-mail cannot be composed yet, in the order the technician would fix it; null when
 * it can. The e-mail is about the file, so no file comes first.
 */
export function sendBlockedReason(state: SendState): string | null {
  if (!state.hasFile) return 'Give the XML export above first: the e-mail is about that file.';
  if (state.to === '')
    return "Set your distributor's address in the e-mail settings, or choose a Dahua address.";
  if (state.wrongDevice && !state.confirmedWrongDevice) {
    return 'The kept file is from another device. Confirm below if you really mean to send it.';
  }
  return null;
}

export const WEBMAIL_NAME: Readonly<Record<Webmail, string>> = { gmail: 'Gmail', outlook: 'Outlook' };

/** "Compose in this Gmail tab" when the panel is on that webmail, else "Compose in Gmail". */
export function composeLabel(kind: Webmail, webmail: WebmailTab | null): string {
  return webmail?.kind === kind
    ? `Compose in this ${WEBMAIL_NAME[kind]} tab`
    : `Compose in ${WEBMAIL_NAME[kind]}`;
}
