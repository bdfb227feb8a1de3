/**
 * The Gmail compose driver (webext/webmail/). Runs only on Gmail, in the top frame, and does
 * nothing until the side panel asks it to fill a support e-mail. It reads nothing from the
 * mailbox and sends nothing anywhere: the technician reviews the compose and presses Send.
 */
import { gmailProfile } from '../webext/webmail/gmail-profile';
import { serveWebmail } from '../webext/webmail/serve';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main() {
    serveWebmail(gmailProfile);
  },
});
