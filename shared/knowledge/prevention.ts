/**
 * After-success checklist: what to set up before leaving site so the next lock-out is a
 * five-minute QR or questions job instead of a site visit with a screwdriver. Items the
 * reference does not cover (config export, password manager) carry no sources rather than
 * borrowed ones.
 */
import type { SourceId } from './sources';

export interface PreventionItem {
  id: string;
  text: string;
  why: string;
  sources: SourceId[];
}

export const preventionChecklist: readonly PreventionItem[] = [
  {
    id: 'unlock-pattern',
    text: 'Set an unlock pattern on the local GUI.',
    why: 'The local GUI offers "Forgot Unlock Pattern" and the pattern is quicker to enter than the password.',
    sources: ['dahua-init-guide-v2', 'dahuawiki-password-reset'],
  },
  {
    id: 'export-config',
    text: 'Export the configuration to a USB stick and file it with the site records.',
    why: 'A reset button or factory reset wipes the configuration; an export puts it back in minutes.',
    sources: [],
  },
  {
    id: 'recovery-email',
    text: "Set a recovery e-mail that is actually checked (the site's or the installer's shared mailbox, not a leaver's).",
    why: 'The QR reset sends the security code to this address; an unread mailbox is the usual reason it fails.',
    sources: ['dahuawiki-password-reset', 'dahua-init-guide-v2'],
  },
  {
    id: 'security-questions',
    text: 'Set the security questions and store the answers with the password.',
    why: 'They allow a reset at the local GUI without e-mail or support.',
    sources: ['dahua-init-guide-v2'],
  },
  {
    id: 'record-password',
    text: "Write the new password into the site's password manager or handover sheet.",
    why: 'Most lock-outs start with a password nobody recorded.',
    sources: [],
  },
  {
    id: 'record-identity',
    text: 'Record the serial number and MAC address in the ticket.',
    why: 'Support asks for them (the reset QR carries both, the legacy process needs the serial).',
    sources: ['dahua-nvr21-4ks3-manual', 'dahuawiki-faq-instructions'],
  },
];
