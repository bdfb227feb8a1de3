import type { Method } from '../types';

/**
 * ConfigTool XML reset: export a reset file, e-mail it to Dahua support, import the answer.
 * Slow (support turnaround) but certain and non-destructive, which makes it the alternative to
 * the button when opening the case is not acceptable. No public sample of either file exists,
 * so the steps never name elements or file names: the technician picks the files.
 */
export const xmlConfigtool: Method = {
  id: 'xml-configtool',
  title: 'ConfigTool XML file + Dahua support',
  summary:
    "From a PC on the recorder's network, ConfigTool exports a password-reset XML file; Dahua support answers with a reset file that you import to set a new password.",
  requirements: [
    { id: 'pc-on-lan', text: "A Windows PC on the recorder's LAN that can run ConfigTool." },
    {
      id: 'xml-reset-support',
      text: 'The device advertises "reset password by XML file" (byPwdResetWay bit 2).',
    },
    {
      id: 'support-contact',
      text: 'An e-mail account to send the file to Dahua support and receive the answer.',
    },
  ],
  successRate: { percent: 100, note: 'Once support answers and the reset file is imported within 24 h.' },
  timeToExpect: '24–48 h, mostly waiting for Dahua support.',
  warnings: [
    {
      id: 'keep-session',
      severity: 'danger',
      text: 'Do not close ConfigTool or reboot the recorder between the export and the import: the returned file no longer matches.',
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'file-valid-24h',
      severity: 'caution',
      text: 'The reset file is valid for 24 hours: import it as soon as it arrives.',
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'needs-bit-2',
      severity: 'info',
      text: 'Only devices that advertise XML reset in discovery (byPwdResetWay bit 2) offer "Reset Mode: XML File".',
      sources: ['dahua-netsdk'],
    },
    {
      id: 'support-address',
      severity: 'info',
      text: 'Two support addresses circulate: support_rpwd@global.dahuatech.com (Dahua NetSDK demo, overseas devices) and support_rpwd@dahuatech.com (technician guide, unconfirmed). Note in the ticket which one you used.',
      sources: ['dahua-netsdk', 'technician-guide-rpwd'],
    },
  ],
  steps: [
    {
      id: 'open-configtool',
      title: "Open ConfigTool on a PC in the recorder's LAN",
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'select-device',
      title: 'Password Reset → select the device → Reset',
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'export-xml',
      title: 'Choose Reset Mode: XML File → Export, and save the file',
      detail: 'From here on, keep ConfigTool open and the recorder powered until the import.',
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'email-support',
      title: 'E-mail the exported file to Dahua support',
      detail: 'Use the documented overseas address first; see the support addresses.',
      sources: ['securitywholesalers-faq', 'dahua-netsdk'],
    },
    {
      id: 'import-reset-file',
      title: 'Import the reset file support sends back',
      detail: 'Within 24 h, in the same ConfigTool session.',
      sources: ['securitywholesalers-faq'],
    },
    {
      id: 'new-password',
      title: 'Set the new admin password',
      sources: ['securitywholesalers-faq'],
    },
  ],
  after: ['Log in with the new password, then work through the prevention checklist.'],
};
