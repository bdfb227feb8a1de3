/**
 * The simulated recorders. Every value is plausible per the reference (dahua-recorders.md
 * §5: model grammar, serial shape, real OUIs) but invented: none is a real customer device.
 */

export type SimBrand = 'Dahua' | 'Amcrest' | 'Lorex' | 'Intelbras' | 'IMOU';
export type SimGeneration = 'plugin' | 'web3' | 'h5' | 'web5';

export interface SimDevice {
  id: string;
  brand: SimBrand;
  generation: SimGeneration;
  model: string;
  serial: string;
  /** 12 upper-case hex digits, no separators (the `params.mac` form). */
  mac: string;
  /** e.g. '4.001.0000000.1.R' (no leading V; the UIs add it where they do). */
  firmware: string;
  /** 'YYYY-MM-DD' */
  buildDate: string;
  /** 'serial' → realm "Login to <serial>"; 'hidden' → "Login to <32 lower hex>". */
  realm: 'serial' | 'hidden';
  challengeCode: 268632079 | 401;
  initialized: boolean;
  /** DevInit.getStatus `Find` letters, e.g. 'AB' ('B' = e-mail); '' for none. */
  find: string;
  secretQuestions: boolean;
  xmlReset: boolean;
  /** Reserved recovery e-mail, '' if none. */
  email: string;
  showModelOnLogin: boolean;
}

export const SERIAL_PATTERN = /^[0-9A-Z]{13,17}$/;
export const MAC_PATTERN = /^[0-9A-F]{12}$/;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export const DEFAULT_DEVICES: readonly SimDevice[] = [
  {
    // Pre-2017 analog HCVR with the ActiveX/NPAPI "webplugin" UI. The 401 challenge code
    // variant (accepted by ipcmanview and DahuaConsole) is put on the oldest firmware.
    id: 'dahua-hcvr-plugin',
    brand: 'Dahua',
    generation: 'plugin',
    model: 'HCVR5104HS-S2',
    serial: '3E01B7CPAG00731',
    mac: '3CEF8C0A5B17',
    firmware: '3.200.0000000.14.R',
    buildDate: '2016-03-08',
    realm: 'serial',
    challengeCode: 401,
    initialized: true,
    find: '',
    secretQuestions: false,
    xmlReset: false,
    email: '',
    showModelOnLogin: false,
  },
  {
    // Matches the real 2018 nmap capture (fixture 01): jQuery UI "Web3.0" page whose
    // Last-Modified is 2018-11-22, serial in the realm.
    id: 'dahua-nvr-web3',
    brand: 'Dahua',
    generation: 'web3',
    model: 'NVR4216-4KS2',
    serial: '4L02C55PAZ7E1A3',
    mac: '38AF29D41C6E',
    firmware: '3.216.0000000.1.R',
    buildDate: '2018-11-22',
    realm: 'serial',
    challengeCode: 268632079,
    initialized: true,
    find: 'AB',
    secretQuestions: true,
    xmlReset: false,
    email: 'jsmith@example.com',
    showModelOnLogin: false,
  },
  {
    // The H5 NVR of the public notes (model and firmware as reported there); 2020+ firmware
    // that hides the serial behind a 32-hex realm, so DOM/OCR/user entry is needed.
    id: 'dahua-nvr-h5',
    brand: 'Dahua',
    generation: 'h5',
    model: 'DHI-NVR5232-4KS2',
    serial: '6G04A2DPAJ93F5C',
    mac: 'BC325F7A09D2',
    firmware: '4.002.0000000.8.R',
    buildDate: '2021-03-19',
    realm: 'hidden',
    challengeCode: 268632079,
    initialized: true,
    find: 'AB',
    secretQuestions: true,
    xmlReset: true,
    email: 'security.team@example.net',
    showModelOnLogin: true,
  },
  {
    // WizSense-era XVR with the webpack "Web5.0" SPA.
    id: 'dahua-xvr-web5',
    brand: 'Dahua',
    generation: 'web5',
    model: 'XVR5108HS-I3',
    serial: '8K01E39PAZB2C47',
    mac: 'E0508B3F6A81',
    firmware: '4.001.0000002.4.R',
    buildDate: '2022-06-14',
    realm: 'hidden',
    challengeCode: 268632079,
    initialized: true,
    find: 'B',
    secretQuestions: false,
    xmlReset: true,
    email: 'installer@example.org',
    showModelOnLogin: true,
  },
  {
    // Amcrest-branded Dahua NVR: same Web3.0 structure, Amcrest footer, 17-char serial.
    id: 'amcrest-nvr',
    brand: 'Amcrest',
    generation: 'web3',
    model: 'NV4108E-HS',
    serial: 'AMC02A7F1B94E3D2C',
    mac: '9C8ECD41B7E2',
    firmware: '4.000.00AC001.0.R',
    buildDate: '2019-08-20',
    realm: 'serial',
    challengeCode: 268632079,
    initialized: true,
    find: 'B',
    secretQuestions: false,
    xmlReset: false,
    email: 'owner@example.com',
    showModelOnLogin: false,
  },
  {
    // Dahua-made Lorex NVR: Dahua baseProj UI with a Lorex logo; Dahua OUI on the NIC.
    id: 'lorex-nvr',
    brand: 'Lorex',
    generation: 'h5',
    model: 'N841A82',
    serial: '5H07B1EPAZ40D9E',
    mac: '4C11BF62D0A5',
    firmware: '4.001.0000000.2.R',
    buildDate: '2020-09-10',
    realm: 'serial',
    challengeCode: 268632079,
    initialized: true,
    find: 'B',
    secretQuestions: true,
    xmlReset: false,
    email: 'lorex.owner@example.com',
    showModelOnLogin: true,
  },
  {
    // Factory-fresh post-2017 NVR: serves the Device Initialization wizard at '/'.
    id: 'dahua-nvr-uninit',
    brand: 'Dahua',
    generation: 'h5',
    model: 'NVR2108HS-8P-4KS2',
    serial: '7M03F6APAG1C5B8',
    mac: '6C1C71E2849F',
    firmware: '4.001.0000000.1.R',
    buildDate: '2020-11-26',
    realm: 'serial',
    challengeCode: 268632079,
    initialized: false,
    find: '',
    secretQuestions: false,
    xmlReset: true,
    email: '',
    showModelOnLogin: false,
  },
];

/** A fresh, mutable copy of the defaults (the simulator never mutates the exported table). */
export function defaultDevices(): SimDevice[] {
  return DEFAULT_DEVICES.map((d) => ({ ...d }));
}

/** Throws with every problem listed, so a test that adds a bad device learns why at once. */
export function validateDevice(d: SimDevice): void {
  const problems: string[] = [];
  if (!ID_PATTERN.test(d.id)) problems.push(`id ${JSON.stringify(d.id)} must be lower-case kebab (a-z0-9-)`);
  if (!SERIAL_PATTERN.test(d.serial))
    problems.push(`serial ${JSON.stringify(d.serial)} must match ${SERIAL_PATTERN}`);
  if (!MAC_PATTERN.test(d.mac))
    problems.push(`mac ${JSON.stringify(d.mac)} must be 12 upper-case hex digits`);
  if (!DATE_PATTERN.test(d.buildDate) || Number.isNaN(Date.parse(`${d.buildDate}T00:00:00Z`))) {
    problems.push(`buildDate ${JSON.stringify(d.buildDate)} must be YYYY-MM-DD`);
  }
  if (!/^[A-Z]*$/.test(d.find)) problems.push(`find ${JSON.stringify(d.find)} must be upper-case letters`);
  if (d.model.trim() === '') problems.push('model must not be empty');
  if (problems.length > 0) throw new Error(`Invalid simulated device: ${problems.join('; ')}`);
}
