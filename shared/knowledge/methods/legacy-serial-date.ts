import type { Method } from '../types';

/**
 * Legacy support process for old recorders that predate the QR reset: support turns the serial
 * and the date on the OSD into a code that works as the admin password for one day. The source
 * is Dahua USA's 2019 wiki page, so support may now redirect to the newer routes.
 */
export const legacySerialDate: Method = {
  id: 'legacy-serial-date',
  title: 'Legacy: serial + OSD date → one-day code from support',
  summary:
    "On old recorders, send the serial number and the date shown on the recorder's screen to Dahua support; the one-day code they return is entered as the admin password.",
  requirements: [
    { id: 'legacy-firmware', text: 'An old recorder whose firmware predates the QR reset.' },
    { id: 'local-gui', text: "The recorder's local screen, to read the date it shows." },
    { id: 'support-contact', text: 'An e-mail account to reach Dahua support.' },
  ],
  successRate: {
    percent: 70,
    note: 'Estimate: depends on support still running a process documented in 2019.',
  },
  timeToExpect: 'Hours to a couple of days, depending on support.',
  warnings: [
    {
      id: 'code-one-day',
      severity: 'caution',
      text: 'The code works only for the day it was issued for: enter it, then change the password at once.',
      sources: ['dahuawiki-faq-instructions'],
    },
    {
      id: 'process-age',
      severity: 'info',
      text: 'This is the 2019 Dahua USA process (support.usa@dahuatech.com); support may point you to the QR or XML route instead.',
      sources: ['dahuawiki-faq-instructions'],
    },
  ],
  steps: [
    {
      id: 'read-serial-date',
      title: "Note the serial number and the date shown on the recorder's screen (OSD)",
      detail: 'A photo of the screen records both exactly.',
      inferred: true,
      sources: ['dahuawiki-faq-instructions'],
    },
    {
      id: 'email-support',
      title: 'E-mail the serial and the OSD date to Dahua support',
      detail: 'Dahua USA used support.usa@dahuatech.com for this process.',
      sources: ['dahuawiki-faq-instructions'],
    },
    {
      id: 'enter-code',
      title: 'Log in as admin with the code as the password (same day)',
      sources: ['dahuawiki-faq-instructions'],
    },
    {
      id: 'change-password',
      title: 'Change the admin password immediately',
      sources: ['dahuawiki-faq-instructions'],
      inferred: true,
    },
  ],
  after: ['Work through the prevention checklist.'],
};
