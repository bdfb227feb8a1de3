/**
 * Public sources the knowledge base cites, taken from the reference's source list
 * (shared/reference/dahua-recorders.md). A URL is given only where the reference prints one;
 * sources the reference names without a URL keep `url: null` and are cited by name, because an
 * invented link would send a technician somewhere we have not checked.
 */

export interface Source {
  id: string;
  title: string;
  url: string | null;
  note?: string;
}

const SOURCE_LIST = [
  {
    id: 'dahuawiki-password-reset',
    title: 'dahuawiki: PasswordReset',
    url: null,
    note: 'Local GUI "Forgot password" flow, QR scan with DMSS / Easy4ip, security code, optional password sync to cameras.',
  },
  {
    id: 'dahuawiki-faq-nvr-dmss',
    title: 'dahuawiki: FAQ/Password_Reset_NVR_DMSS',
    url: null,
    note: 'NVR password reset with the DMSS app (Me → Test Tool → Password Resetting; older: More → Reset Device Password).',
  },
  {
    id: 'dahuawiki-faq-instructions',
    title: 'dahuawiki: FAQ/Password_Reset_Instructions',
    url: null,
    note: 'Dahua USA (2019) legacy process: serial + date shown on the OSD → one-day code entered as the admin password.',
  },
  {
    id: 'dahua-init-guide-v2',
    title: 'Dahua Device Initialization and Password Reset guide V2 (2017-09-07)',
    url: null,
    note: 'No default password after the change; initialisation wizard; security questions on the NVR/DVR local GUI.',
  },
  {
    id: 'dahua-xvr-manual',
    title: 'Dahua XVR user manual (XVR4/5 series; "Updated password resetting" V1.2.1, Dec 2021)',
    url: null,
    note: 'Initialisation wizard; "only the reset button on the mainboard" remains when reset is disabled and no questions are set.',
  },
  {
    id: 'dahua-nvr41-4ks2-manual',
    title: 'Dahua NVR41-4KS2 user manual',
    url: null,
    note: '"Not all models are provided with reset button".',
  },
  {
    id: 'dahua-d-xvr8208a-manual',
    title: 'Dahua D-XVR8208A user manual',
    url: null,
    note: 'Mainboard reset button on some series only.',
  },
  {
    id: 'dahua-nvr-manual',
    title: 'Dahua NVR user manual',
    url: null,
    note: 'Device Initialization wizard: admin password rules, unlock pattern, reserved e-mail, security questions.',
  },
  {
    id: 'dahua-mxvr4104-web-manual',
    title: 'Dahua MXVR4104 web manual',
    url: null,
    note: 'Web reset: code valid 24 h, one QR yields a code at most twice, 5 wrong codes lock admin for 5 min.',
  },
  {
    id: 'dahua-ipc-hfw2431t-zs-s2-manual',
    title: 'Dahua IPC-HFW2431T-ZS-S2 user manual',
    url: null,
    note: 'Same web reset limits as the MXVR4104 web manual.',
  },
  {
    id: 'dahua-xvr5116hs-i3-manual',
    title: 'Dahua XVR5116HS-I3 user manual',
    url: null,
    note: 'Same web reset limits; after 2 failed uses wait 24 h or reset the device.',
  },
  {
    id: 'dahua-nvr21-4ks3-manual',
    title: 'Dahua NVR21-4KS3 user manual',
    url: null,
    note: 'Reset modes "Email" and "QR Code for Binding Device"; the QR carries the e-mail, MAC and serial.',
  },
  {
    id: 'dahua-hdcvi-dvr-manual-v1-6-1',
    title: 'Dahua HDCVI DVR user manual V1.6.1',
    url: null,
    note: 'Pre-initialisation default accounts.',
  },
  {
    id: 'dahua-nvrpro-manual',
    // Named "NVRPRO manual" in the reference, without a vendor; not asserted to be Dahua's.
    title: 'NVRPRO user manual',
    url: null,
    note: 'Pre-initialisation default accounts.',
  },
  {
    id: 'dahua-support-xvr-gui-4',
    title: 'dahua.support: XVR GUI 4.0',
    url: null,
    note: 'Mainboard reset: unplug power, remove the cover, hold the button while powering on, release after 5–10 s.',
  },
  {
    id: 'securitywholesalers-faq',
    title: 'Security Wholesalers AU FAQ: Reset password for Dahua camera',
    // The reference prints the address without a scheme; only the scheme is added.
    url: 'https://securitywholesalers.com.au/faqs/reset-password-for-dahua-camera',
    note: 'ConfigTool XML reset procedure; 24 h validity; camera RESET button held 10–15 s while powering on.',
  },
  {
    id: 'amcrest-360037276292',
    title: 'Amcrest support article 360037276292 (support.amcrest.com): 5000-series NVR reset',
    url: null,
    note: 'Cited by article number because the reference gives no full address.',
  },
  {
    id: 'montavue-wiki',
    title: 'Montavue wiki',
    url: null,
    note: 'The software "Factory Default" menu item needs the admin password and does not erase recordings.',
  },
  {
    id: 'dahuasecurity-br-492',
    title: 'Dahua Brasil: cybersecurity details 492 (device initialisation)',
    // As printed by the reference, with the scheme added.
    url: 'https://dahuasecurity.com/br/support/cybersecurity/details/492',
  },
  {
    id: 'dahua-netsdk',
    title: 'Dahua NetSDK headers and demo (ChangePassword.cpp, DevInitDlg.cpp, DEVICE_NET_INFO_EX)',
    url: null,
    note: 'byPwdResetWay bits (bit 2 = reset by XML file); support_rpwd@global.dahuatech.com for overseas devices.',
  },
  {
    id: 'lcopensdk-header',
    title: 'Dahua/IMOU LCOpenSDK header (reset QR layout)',
    url: null,
    note: 'QR = purpose (4) + vendor id A1/A2/B1/B2 (2) + key number (8) + Base64 ciphertext.',
  },
  {
    id: 'dahua-rpc',
    title: 'ItsNotGoodName/dahua-rpc (lib/rpc/DevInit.ts, PasswdFind.ts)',
    url: null,
    note: 'DevInit.getStatus: Init (1 factory, 2 initialised), Find letters ("B" = e-mail), SecretQuestion flag.',
  },
  {
    id: 'intelbras-notes',
    title: 'Public reverse-engineering notes on Intelbras/Dahua web UIs (2026)',
    url: null,
    note: 'Used only for identification facts (OEM firmware code, UI generation).',
  },
  {
    id: 'lorex-scanner-poc',
    title: 'Public scanner proof-of-concept for Dahua-based Lorex devices',
    url: null,
    note: 'Single secondary source for the Lorex admin/000000 default; treat as unconfirmed.',
  },
  {
    id: 'ruby-fingerprint-matcher',
    title: 'Public recog-style Ruby fingerprint matcher',
    url: null,
    note: '"DVR Netview" = old non-Dahua Lorex; flir_webplugin.exe = FLIR-branded Dahua DVR.',
  },
  {
    id: 'nuclei-templates',
    title: 'projectdiscovery/nuclei-templates: dahua-web-panel.yaml, amcrest-login.yaml',
    url: null,
    note: 'Login-page fingerprints: "WEB SERVICE" title (Dahua), "Amcrest Technologies" (Amcrest).',
  },
  {
    id: 'greenbone-nasl',
    title: 'Greenbone NASL gb_dahua_devices_http_detect.nasl',
    url: null,
    note: 'Quotes a real login challenge from a Q-See (Dahua OEM) IP camera.',
  },
  {
    id: 'technician-guide-rpwd',
    title: 'Technician guide naming support_rpwd@dahuatech.com (unnamed in the reference)',
    url: null,
    note: 'Unconfirmed: the reference lists this address as an open question.',
  },
  {
    id: 'flir-manual',
    title: 'FLIR DNR516 manual p.40 (M4200 manual says the same)',
    url: 'https://www.manualslib.com/manual/892043/Flir-Dnr516.html?page=50',
    note: 'Default user admin, password 000000; 6-character passwords.',
  },
  {
    id: 'lorex-lnr400-manual',
    title: 'Lorex LNR400 manual p.37',
    url: 'https://www.easymanua.ls/lorex/lnr400-series/manual?p=49',
    note: 'Locks after 3 wrong passwords; clears after 30 minutes or a restart.',
  },
  {
    id: 'technician-blog-success-table',
    title: 'Technician blog "How to Reset Dahua Password" (clevelandsecuritycameras.com, Jan 19)',
    url: null,
    note: 'No URL recorded by the audit for this post; it is the origin of the 95/100/90/100 % table, which gives no data.',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof SOURCE_LIST)[number]['id'];

export const sources: readonly Source[] = SOURCE_LIST;

const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));

export function sourceById(id: string): Source | undefined {
  return byId.get(id);
}

/** Human citation: title, plus the address where one is known. */
export function citeSource(id: string): string {
  const source = byId.get(id);
  if (!source) return id;
  return source.url ? `${source.title} (${source.url})` : source.title;
}
