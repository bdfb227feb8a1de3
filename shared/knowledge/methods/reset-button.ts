import type { Method } from '../types';

/**
 * Hardware reset button: the last resort the manuals name when the reset function is disabled
 * and no questions are set. It returns the recorder to factory state, so the Device
 * Initialization wizard follows. Only some recorder series have it.
 */
export const resetButton: Method = {
  id: 'reset-button',
  title: 'Reset button on the mainboard',
  summary:
    'Open the case, hold the mainboard reset button while powering on, release after 5–10 s. The recorder returns to factory settings and asks to be initialised again.',
  requirements: [
    { id: 'physical-access', text: 'Hands on the recorder, with power you can switch.' },
    { id: 'screwdriver', text: 'A screwdriver to remove the cover.' },
    {
      id: 'model-has-button',
      text: 'The model has a mainboard reset button (not all do; check its manual).',
    },
  ],
  successRate: { percent: 90, note: 'Hardware dependent: fails where the model has no button.' },
  timeToExpect: 'About an hour, including re-initialising and re-entering the configuration.',
  warnings: [
    {
      id: 'warranty-seals',
      severity: 'caution',
      text: 'The cover has to come off. That can break warranty seals and void the warranty; check the warranty terms (or ask the owner) first.',
      sources: ['dahua-support-xvr-gui-4', 'amcrest-360037276292'],
      inferred: true,
    },
    {
      id: 'not-all-models',
      severity: 'caution',
      text: 'Not all models have a reset button: on some series only the mainboard button remains, on others there is none.',
      sources: ['dahua-xvr-manual', 'dahua-nvr41-4ks2-manual', 'dahua-d-xvr8208a-manual'],
    },
    {
      id: 'factory-state',
      severity: 'caution',
      text: 'The recorder returns to factory settings: note the network settings, channels and users first, you will re-enter them.',
      sources: ['dahua-support-xvr-gui-4'],
      inferred: true,
    },
    {
      id: 'live-board',
      severity: 'danger',
      text: 'Some procedures power the board with the cover off. Touch only the reset button, keep metal tools away from the board.',
      sources: ['dahua-support-xvr-gui-4', 'amcrest-360037276292'],
      inferred: true,
    },
    {
      id: 'not-factory-default',
      severity: 'info',
      text: 'The software "Factory Default" menu item needs the admin password, so it is not a reset path.',
      sources: ['montavue-wiki'],
    },
  ],
  steps: [
    {
      id: 'note-settings',
      title: 'Note the network settings, channels and users',
      detail: 'They are lost: the reset returns the recorder to factory settings.',
      sources: ['dahua-support-xvr-gui-4'],
      inferred: true,
    },
    {
      id: 'unplug',
      title: 'Shut down and unplug the power',
      sources: ['dahua-support-xvr-gui-4'],
    },
    {
      id: 'remove-cover',
      title: 'Remove the cover',
      sources: ['dahua-support-xvr-gui-4'],
    },
    {
      id: 'find-button',
      title: 'Find the reset button on the mainboard',
      detail:
        "Not all models have one; if you cannot find it, check the model's manual before going further.",
      sources: ['dahua-support-xvr-gui-4', 'dahua-xvr-manual', 'dahua-nvr41-4ks2-manual'],
    },
    {
      id: 'hold-power-on',
      title: 'Hold the button while powering on; release after 5–10 s',
      sources: ['dahua-support-xvr-gui-4'],
    },
    {
      id: 'initialise',
      title: 'Complete the Device Initialization wizard that follows',
      detail: 'See the "Initialise a factory-fresh device" checklist.',
      sources: ['dahua-support-xvr-gui-4', 'dahua-init-guide-v2'],
    },
    {
      id: 'refit-cover',
      title: 'Refit the cover',
      sources: ['dahua-support-xvr-gui-4'],
      inferred: true,
    },
  ],
  variants: [
    {
      id: 'amcrest-5000',
      title: 'Amcrest 5000-series NVR',
      appliesTo: { brands: ['Amcrest'] },
      note: 'Amcrest documents a different hold sequence for its 5000-series NVRs. For other Amcrest models, check the model manual.',
      steps: [
        {
          id: 'amcrest-open',
          title: 'Remove the 4 screws and the cover',
          sources: ['amcrest-360037276292'],
        },
        {
          id: 'amcrest-hold',
          title: 'Press and hold the black button on the mainboard',
          sources: ['amcrest-360037276292'],
        },
        {
          id: 'amcrest-unplug',
          title: 'Keep holding, unplug the power, keep holding 4–5 s',
          sources: ['amcrest-360037276292'],
        },
        {
          id: 'amcrest-replug',
          title: 'Plug the power back in while holding; hold 20–30 s until it boots',
          sources: ['amcrest-360037276292'],
        },
        {
          id: 'amcrest-initialise',
          title: 'Complete the initialisation wizard and refit the cover',
          sources: ['amcrest-360037276292', 'dahua-init-guide-v2'],
          inferred: true,
        },
      ],
    },
    {
      id: 'ipc-recessed',
      title: 'IP camera',
      appliesTo: { families: ['IPC'] },
      note: 'Most cameras have a recessed RESET button under the SD-card cover instead of a mainboard button.',
      steps: [
        {
          id: 'ipc-open-sd-cover',
          title: 'Open the SD-card cover',
          sources: ['securitywholesalers-faq'],
        },
        {
          id: 'ipc-hold-power-on',
          title: 'Hold the recessed RESET button while powering on, for 10–15 s',
          sources: ['securitywholesalers-faq'],
        },
        {
          id: 'ipc-initialise',
          title: 'Initialise the camera again',
          sources: ['securitywholesalers-faq', 'dahua-init-guide-v2'],
          inferred: true,
        },
      ],
    },
  ],
  after: [
    'The recorder boots to the Device Initialization wizard: follow the "Initialise a factory-fresh device" checklist.',
    'Re-enter the network settings, channels and users you noted, then work through the prevention checklist.',
  ],
};
