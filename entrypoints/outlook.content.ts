/**
 * The Outlook on the web compose driver (webext/webmail/). Runs only on the four Outlook hosts
 * (reference §4.1: business mail moved to outlook.cloud.microsoft; personal mail is
 * outlook.live.com), in the top frame, and does nothing until the side panel asks it to fill a
 * support e-mail. It reads nothing from the mailbox and sends nothing anywhere.
 */
import { outlookProfile } from '../webext/webmail/outlook-profile';
import { serveWebmail } from '../webext/webmail/serve';

export default defineContentScript({
  matches: [
    'https://outlook.cloud.microsoft/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.live.com/*',
  ],
  runAt: 'document_idle',
  main() {
    serveWebmail(outlookProfile);
  },
});
