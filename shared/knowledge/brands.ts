/**
 * Brand profiles for Dahua-made recorders sold under other names. They hold only what changes
 * the technician's path: a different button procedure, a different default, a different app or
 * support desk, or a look-alike that is not Dahua at all. Hidden accounts and backdoors named
 * in public research are deliberately absent: they are not recovery paths.
 */
import type { Brand, Note } from './types';

export type { Brand } from './types';

export const BRANDS: readonly Brand[] = [
  'Dahua',
  'Amcrest',
  'Lorex',
  'Intelbras',
  'IMOU',
  'FLIR',
  'Q-See',
  'CP Plus',
  'KBVision',
  'Unknown',
];

export interface DefaultCredentials {
  /** Which firmware generation the entry describes. */
  era: string;
  text: string;
  sources: Note['sources'];
  /** Only one secondary source, or stated without a specific source. */
  unconfirmed?: boolean;
}

export interface BrandProfile {
  brand: Brand;
  displayName: string;
  /** Whether units of this brand run Dahua firmware. */
  dahuaMade: 'yes' | 'some' | 'unknown';
  differences: Note[];
  defaultCredentials: DefaultCredentials[];
  qrVendorHint: string;
  supportRoutes: Note[];
}

/** Shown with every profile: the boundary of what the copilot will suggest. */
export const OUT_OF_SCOPE_NOTE =
  'Out of scope: "super password" generators, date-code calculators from unknown sites, reflashing, CMOS or battery tricks and telnet fixes. They can brick the unit or be illegal on a device you are not authorised for; only the vendor\'s documented recovery paths are offered.';

const PRE_2017_DEFAULTS: DefaultCredentials = {
  era: 'Before the 2017 Device Initialization change',
  text: 'admin/admin (local and network), 888888/888888 (admin, local only), 666666/666666 (user).',
  sources: ['dahua-hdcvi-dvr-manual-v1-6-1', 'dahua-nvrpro-manual'],
};

const POST_2017_NO_DEFAULT: DefaultCredentials = {
  era: 'After the 2017 Device Initialization change',
  text: 'No default password: a factory-fresh device must be initialised.',
  sources: ['dahua-init-guide-v2'],
};

const DAHUA_DEFAULTS: DefaultCredentials[] = [PRE_2017_DEFAULTS, POST_2017_NO_DEFAULT];

const LOGIN_LOCK_NOTE: Note = {
  text: 'Failed logins lock the account: about 5 minutes on Dahua, 3 tries then 30 minutes on Lorex, configurable on some; a restart clears it on some. Disconnect apps and clients that retry an old password (DMSS, SmartPSS, the NVR polling cameras, home automation), then try a documented default once.',
  sources: ['dahua-nvr-manual', 'dahua-xvr-manual', 'lorex-lnr400-manual'],
};

const QR_VENDOR_HINT =
  'The reset QR text carries a vendor id after the first 4 characters: A1/A2 = Dahua (non-Lechange), B1/B2 = neutral/OEM firmware.';

const DAHUA_SUPPORT: Note[] = [
  {
    text: 'QR text or XML export: support_rpwd@global.dahuatech.com (NetSDK demo, overseas devices); support_rpwd@dahuatech.com is unconfirmed.',
    sources: ['dahua-netsdk', 'technician-guide-rpwd'],
  },
  {
    text: 'Legacy recorders (serial + OSD date): Dahua USA used support.usa@dahuatech.com in 2019.',
    sources: ['dahuawiki-faq-instructions'],
  },
];

const OEM_SUPPORT_CAVEAT: Note = {
  text: "The reference does not say which back end answers an OEM (B1/B2) QR. If DMSS returns no code, ask the brand's support, or the installer who supplied the unit.",
  sources: ['lcopensdk-header'],
  inferred: true,
};

export const brandProfiles: Readonly<Record<Brand, BrandProfile>> = {
  Dahua: {
    brand: 'Dahua',
    displayName: 'Dahua',
    dahuaMade: 'yes',
    differences: [
      {
        text: 'Model names may carry a DH- or DHI- prefix (DHI = international channel); the device API often reports the model without it.',
        sources: [],
      },
    ],
    defaultCredentials: DAHUA_DEFAULTS,
    qrVendorHint: `${QR_VENDOR_HINT} Expect A1 or A2.`,
    supportRoutes: DAHUA_SUPPORT,
  },
  Amcrest: {
    brand: 'Amcrest',
    displayName: 'Amcrest',
    dahuaMade: 'yes',
    differences: [
      {
        text: '5000-series NVRs use a different button sequence: hold the black button, unplug, keep holding 4–5 s, plug in while holding, hold 20–30 s until boot.',
        sources: ['amcrest-360037276292'],
      },
      {
        text: 'The login page says "Amcrest Technologies".',
        sources: ['nuclei-templates'],
      },
    ],
    defaultCredentials: [
      { era: 'Old firmware', text: 'admin/admin.', sources: [], unconfirmed: true },
      POST_2017_NO_DEFAULT,
    ],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [
      {
        text: 'Amcrest support documents the 5000-series button reset (article 360037276292).',
        sources: ['amcrest-360037276292'],
      },
      OEM_SUPPORT_CAVEAT,
    ],
  },
  Lorex: {
    brand: 'Lorex',
    displayName: 'Lorex',
    dahuaMade: 'some',
    differences: [
      {
        text: 'Only newer Lorex units are Dahua-made; they serve the same Dahua web UI.',
        sources: ['lorex-scanner-poc'],
      },
      {
        text: 'An old Lorex DVR whose web page says "DVR Netview" is NOT Dahua-made: none of these methods apply, use Lorex\'s own documentation.',
        sources: ['ruby-fingerprint-matcher'],
      },
    ],
    defaultCredentials: [
      { era: 'Dahua-made Lorex', text: 'admin/000000.', sources: ['lorex-scanner-poc'], unconfirmed: true },
    ],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  Intelbras: {
    brand: 'Intelbras',
    displayName: 'Intelbras',
    dahuaMade: 'yes',
    differences: [
      {
        text: 'The firmware version carries an OEM code in its third field (e.g. 2.800.00IB00C.0.T); the models are named VIP-… / other Intelbras names.',
        sources: ['intelbras-notes'],
      },
    ],
    defaultCredentials: [POST_2017_NO_DEFAULT],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  IMOU: {
    brand: 'IMOU',
    displayName: 'IMOU (Lechange)',
    dahuaMade: 'yes',
    differences: [
      {
        text: 'IMOU / Lechange devices are reset through the IMOU app, not DMSS. Their QR vendor id is not A1/A2 (those mean non-Lechange).',
        sources: ['lcopensdk-header'],
        inferred: true,
      },
    ],
    defaultCredentials: [],
    qrVendorHint:
      'A1/A2 mean non-Lechange (Dahua); the id an IMOU/Lechange device uses is not documented in the reference.',
    supportRoutes: [
      { text: 'Use the IMOU app and IMOU support.', sources: ['lcopensdk-header'], inferred: true },
    ],
  },
  FLIR: {
    brand: 'FLIR',
    displayName: 'FLIR',
    dahuaMade: 'some',
    differences: [
      {
        text: 'FLIR-branded Dahua DVRs serve flir_webplugin.exe on their web page; other FLIR products are not Dahua-made.',
        sources: ['ruby-fingerprint-matcher'],
      },
    ],
    // FLIR's own manuals give admin/000000; trying the Dahua list burns the lock-out attempts.
    defaultCredentials: [
      { era: 'FLIR DNR / M-series', text: 'admin/000000 (6-character passwords).', sources: ['flir-manual'] },
    ],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  'Q-See': {
    brand: 'Q-See',
    displayName: 'Q-See',
    dahuaMade: 'some',
    differences: [
      {
        text: 'Q-See units seen in public captures answer the Dahua login challenge; treat them as Dahua OEM when they do.',
        sources: ['greenbone-nasl'],
      },
    ],
    defaultCredentials: [...DAHUA_DEFAULTS],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  'CP Plus': {
    brand: 'CP Plus',
    displayName: 'CP Plus',
    dahuaMade: 'some',
    differences: [
      {
        text: 'Rebrands Dahua recorders; the Dahua methods apply when the unit runs Dahua firmware.',
        sources: [],
      },
    ],
    defaultCredentials: [...DAHUA_DEFAULTS],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  KBVision: {
    brand: 'KBVision',
    displayName: 'KBVision',
    dahuaMade: 'some',
    differences: [
      {
        text: 'Rebrands Dahua recorders; the Dahua methods apply when the unit runs Dahua firmware.',
        sources: [],
      },
    ],
    defaultCredentials: [...DAHUA_DEFAULTS],
    qrVendorHint: `${QR_VENDOR_HINT} An OEM unit may show B1 or B2.`,
    supportRoutes: [OEM_SUPPORT_CAVEAT],
  },
  Unknown: {
    brand: 'Unknown',
    displayName: 'Unknown brand',
    dahuaMade: 'unknown',
    differences: [
      {
        text: 'Check the label on the unit. A "WEB SERVICE" login page is the Dahua web UI; a "DVR Netview" page is an old non-Dahua Lorex.',
        sources: ['nuclei-templates', 'ruby-fingerprint-matcher'],
      },
    ],
    defaultCredentials: [...DAHUA_DEFAULTS],
    qrVendorHint: QR_VENDOR_HINT,
    supportRoutes: [...DAHUA_SUPPORT, OEM_SUPPORT_CAVEAT],
  },
};

/** Every profile ends with the failed-login caution when it lists default credentials. */
export function brandProfile(brand: Brand): BrandProfile {
  const profile = brandProfiles[brand];
  if (profile.defaultCredentials.length === 0) return profile;
  return { ...profile, differences: [...profile.differences, LOGIN_LOCK_NOTE] };
}

export function isBrand(value: unknown): value is Brand {
  return typeof value === 'string' && (BRANDS as readonly string[]).includes(value);
}

/** Reading of a QR vendor id for the ranking's reasons and the UI. */
export function describeQrVendor(id: 'A1' | 'A2' | 'B1' | 'B2'): string {
  switch (id) {
    case 'A1':
      return 'A1: Dahua (non-Lechange)';
    case 'A2':
      return 'A2: Dahua (non-Lechange, new program)';
    case 'B1':
      return 'B1: neutral / OEM';
    case 'B2':
      return 'B2: neutral / OEM, new program';
  }
}
