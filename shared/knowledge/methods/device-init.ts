import type { Method } from '../types';

/**
 * Device Initialization: firmware since Dahua's 2017 change ships without a default password.
 * A factory-fresh (or just button-reset) device has nothing to recover; it must be initialised,
 * and this is where the next lock-out is prevented (pattern, e-mail, questions).
 */
export const deviceInit: Method = {
  id: 'device-init',
  title: 'Initialise a factory-fresh device',
  summary:
    'The device is in factory state, so there is no password to reset: run the Device Initialization wizard and set the admin password, unlock pattern, reserved e-mail and security questions.',
  requirements: [
    {
      id: 'factory-state',
      text: 'The device reports factory state (DevInit Init = 1) or shows the initialisation wizard.',
    },
  ],
  successRate: { percent: 100, note: 'Nothing to recover: the wizard sets the first password.' },
  timeToExpect: 'Minutes.',
  warnings: [
    {
      id: 'password-rules',
      severity: 'info',
      text: 'Admin password: 8–32 characters, at least two of letters, digits and symbols, and none of \' " ; : &.',
      sources: ['dahua-init-guide-v2', 'dahua-nvr-manual', 'dahuasecurity-br-492'],
    },
    {
      id: 'prevent-next',
      severity: 'caution',
      text: 'Set a reserved e-mail someone actually reads and security questions now: they are what makes the next recovery a five-minute job.',
      sources: ['dahua-init-guide-v2', 'dahuawiki-password-reset'],
    },
  ],
  steps: [
    {
      id: 'open-wizard',
      title: 'Open the Device Initialization wizard',
      detail:
        'On first boot the local GUI shows it; the web UI, ConfigTool and SmartPSS can initialise the device too.',
      sources: ['dahua-init-guide-v2', 'dahua-xvr-manual', 'dahua-nvr-manual'],
    },
    {
      id: 'set-password',
      title: 'Set the admin password',
      detail: '8–32 characters, at least two of letters, digits and symbols, excluding \' " ; : &.',
      sources: ['dahua-init-guide-v2', 'dahuasecurity-br-492'],
    },
    {
      id: 'unlock-pattern',
      title: 'Set an unlock pattern (NVR local GUI)',
      sources: ['dahua-init-guide-v2', 'dahua-nvr-manual'],
    },
    {
      id: 'reserve-email',
      title: 'Reserve a recovery e-mail that is actually checked',
      sources: ['dahua-init-guide-v2', 'dahua-nvr-manual'],
    },
    {
      id: 'security-questions',
      title: 'Set the security questions (NVR/DVR)',
      sources: ['dahua-init-guide-v2'],
    },
    {
      id: 'finish-wizard',
      title: 'Accept the EULA and finish the Startup Wizard',
      sources: ['dahua-xvr-manual', 'dahua-nvr-manual'],
    },
  ],
  after: ['Work through the prevention checklist.'],
};
