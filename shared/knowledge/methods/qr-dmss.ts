import type { Method } from '../types';

/**
 * QR code + DMSS / Easy4ip app: the vendor's main path and the fastest one, but it only works if
 * the technician can read the mailbox reserved on the recorder (the security code is e-mailed).
 */
export const qrDmss: Method = {
  id: 'qr-dmss',
  title: 'QR code + DMSS / Easy4ip app',
  summary:
    'Open "Forgot password" on the recorder (local GUI or web page), scan the reset QR with the DMSS or Easy4ip app, and enter the security code that is e-mailed to the reserved address.',
  requirements: [
    {
      id: 'mailbox-access',
      text: 'You can read the mailbox reserved on the recorder (shown partially masked on the QR screen).',
    },
    {
      id: 'email-contact',
      text: 'The recorder supports e-mail as a reset contact (DevInit "Find" contains B).',
    },
    {
      id: 'reset-app',
      text: 'A phone with DMSS or Easy4ip, or any QR reader plus e-mail for the fallback route.',
    },
  ],
  successRate: {
    percent: 95,
    note: 'When the reserved mailbox is reachable; the rest fail on a lost or mistyped address.',
  },
  timeToExpect: 'Minutes (fastest): the code usually arrives by e-mail right away.',
  warnings: [
    {
      id: 'code-lockout',
      severity: 'danger',
      text: '5 wrong security codes lock the admin account for 5 minutes. Copy the code, do not retype it from memory.',
      sources: ['dahua-mxvr4104-web-manual', 'dahua-ipc-hfw2431t-zs-s2-manual', 'dahua-xvr5116hs-i3-manual'],
    },
    {
      id: 'qr-two-codes',
      severity: 'caution',
      text: 'One QR yields a code at most twice. Refresh the page (or reopen "Forgot password") for a new QR; after 2 failed uses, wait 24 h or reset the device.',
      sources: ['dahua-mxvr4104-web-manual', 'dahua-ipc-hfw2431t-zs-s2-manual', 'dahua-xvr5116hs-i3-manual'],
    },
    {
      id: 'code-valid-24h',
      severity: 'info',
      text: 'The security code is valid for 24 hours.',
      sources: ['dahua-mxvr4104-web-manual', 'dahua-xvr5116hs-i3-manual'],
    },
    {
      id: 'qr-personal-data',
      severity: 'info',
      text: "The QR carries the reserved e-mail, the MAC and the serial to Dahua's server; the newer NVR UI says so before it shows the QR.",
      sources: ['dahua-nvr21-4ks3-manual'],
    },
    {
      id: 'no-decoding',
      severity: 'info',
      text: "Only Dahua's back end can decrypt the QR; nothing on site can turn it into a code.",
      sources: ['lcopensdk-header', 'dahua-netsdk'],
    },
  ],
  steps: [
    {
      id: 'open-forgot',
      title: 'Open "Forgot password"',
      detail:
        'Local GUI: right-click → login → "Forgot password" (or "Forgot Unlock Pattern"). Web UI: "Forgot password?" on the login page opens the Reset dialog.',
      sources: ['dahuawiki-password-reset', 'dahua-mxvr4104-web-manual'],
    },
    {
      id: 'check-email',
      title: 'Check the reserved e-mail',
      detail:
        'The QR screen shows the reserved address partially masked. Make sure it is a mailbox you can read. If no e-mail is reserved, the recorder asks for one first.',
      sources: ['dahuawiki-password-reset'],
    },
    {
      id: 'scan-qr',
      title: 'Scan the QR with DMSS or Easy4ip',
      detail:
        'DMSS: Me → Test Tool → Password Resetting (older versions: More → Reset Device Password). Newer NVRs also offer "QR Code for Binding Device", where DMSS delivers the code to the bound account. Without the app: scan with any QR reader and e-mail the text to Dahua support (see the support addresses).',
      sources: [
        'dahuawiki-password-reset',
        'dahuawiki-faq-nvr-dmss',
        'dahua-nvr21-4ks3-manual',
        'dahua-netsdk',
      ],
    },
    {
      id: 'receive-code',
      title: 'Receive the security code',
      detail:
        'It is e-mailed to the reserved address (or shown in DMSS for the binding mode). It stays valid for 24 h.',
      sources: ['dahuawiki-password-reset', 'dahua-nvr21-4ks3-manual', 'dahua-mxvr4104-web-manual'],
    },
    {
      id: 'enter-code',
      title: 'Enter the security code and the new admin password',
      detail: 'Five wrong codes lock admin for 5 minutes.',
      sources: ['dahuawiki-password-reset', 'dahua-mxvr4104-web-manual'],
    },
    {
      id: 'sync-cameras',
      title: 'Sync the new password to the cameras (Dahua: "highly recommended", or they drop offline)',
      sources: ['dahuawiki-password-reset'],
    },
  ],
  after: ['Log in with the new password, then work through the prevention checklist.'],
};
