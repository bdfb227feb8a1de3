import type { Method } from '../types';

/**
 * Security questions: set during the 2017+ Device Initialization wizard and answered on the
 * recorder's own monitor. Certain when the answers are known, useless when nobody wrote them down.
 */
export const securityQuestions: Method = {
  id: 'security-questions',
  title: 'Security questions (local GUI)',
  summary:
    'At the recorder\'s own monitor and mouse, choose "Forgot password" and answer the security questions that were set during initialisation.',
  requirements: [
    { id: 'security-answers', text: 'You know the answers that were set during initialisation.' },
    { id: 'local-gui', text: "You can use the recorder's local GUI (monitor + mouse on the NVR/DVR)." },
  ],
  successRate: { percent: 100, note: 'If the answers are known exactly; 0 % otherwise.' },
  timeToExpect: 'Minutes, once you are at the recorder.',
  warnings: [
    {
      id: 'gui-only',
      severity: 'info',
      text: 'Security questions are offered on the NVR/DVR local GUI. Cameras have no local GUI; some camera firmware (IPC "Rhea" V2.622) exposes them only through its API.',
      sources: ['dahua-init-guide-v2', 'dahua-rpc'],
    },
    {
      id: 'not-factory-default',
      severity: 'info',
      text: 'The "Factory Default" menu item needs the admin password, so it is not a reset path.',
      sources: ['montavue-wiki'],
    },
  ],
  steps: [
    {
      id: 'go-local',
      title: 'Connect a monitor and mouse to the recorder',
      sources: ['dahua-init-guide-v2'],
    },
    {
      id: 'open-forgot',
      title: 'Open "Forgot password" on the local GUI',
      detail: 'Right-click → login → "Forgot password".',
      sources: ['dahuawiki-password-reset'],
    },
    {
      id: 'answer-questions',
      title: 'Choose security questions and answer them',
      detail: 'Type the answers exactly as they were set during initialisation.',
      sources: ['dahua-init-guide-v2'],
    },
    {
      id: 'new-password',
      title: 'Set the new admin password',
      detail: '8–32 characters with at least two of letters, digits and symbols, excluding \' " ; : &.',
      sources: ['dahua-init-guide-v2'],
    },
  ],
  after: ['Log in with the new password, then work through the prevention checklist.'],
};
