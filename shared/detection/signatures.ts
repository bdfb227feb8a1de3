/**
 * Login-page signatures of Dahua-made recorders, as data.
 *
 * Each entry says where it looks, what it looks for, how much it weighs and which public
 * source reported it (short names from the reference's source table). `mustMatch` names the
 * fixture pages it must keep matching; a unit test enforces that, so the data cannot drift
 * away from the pages it was written for (refined-github keeps selectors beside real URLs the
 * same way). Fixture names: `sim:<device id>:<state>` = simulator page, `snippet:<name>` =
 * small page built from the reference's facts, `negative/<file>` = negative fixture.
 *
 * Weights are tuned together with the thresholds and combination rules in score.ts: a single
 * structural marker (jsBase/, baseProj/) reaches "candidate", weak markers (the title, webpack
 * chunks, a DDNS host name, brand text) never do on their own.
 */
import type { Signature } from './types';

export const SIGNATURES: readonly Signature[] = [
  // --- Title -------------------------------------------------------------------------------
  {
    id: 'title-web-service',
    where: 'title',
    // Weak alone: ASP.NET .asmx help pages and many hand-made pages use the same title.
    pattern: /^WEB SERVICE$/i,
    weight: 3,
    source: 'nuclei; Greenbone NASL; fixture 01',
    mustMatch: [
      'sim:dahua-hcvr-plugin:login',
      'sim:dahua-nvr-web3:login',
      'sim:dahua-nvr-h5:login',
      'sim:dahua-xvr-web5:login',
      'snippet:web3-capture-head',
      'negative/aspnet-asmx-web-service.html',
      'negative/web-service-password.html',
    ],
  },
  {
    id: 'negative-dvr-netview',
    where: 'title',
    // Old Lorex DVRs that were NOT made by Dahua: their reset paths differ.
    pattern: /DVR\s*Net\s*View/i,
    weight: -100,
    negative: true,
    source: 'recog-style Ruby matcher',
    mustMatch: ['negative/lorex-dvr-netview.html'],
  },

  // --- Script paths ------------------------------------------------------------------------
  {
    id: 'script-jsbase',
    where: 'scriptSrc',
    pattern: /(?:^|\/)jsBase\//,
    weight: 7,
    generation: 'web3',
    source: 'fixture 01 (nmap capture); Ostorlab',
    mustMatch: ['snippet:web3-capture-head', 'sim:dahua-nvr-web3:login', 'sim:amcrest-nvr:init'],
  },
  {
    id: 'script-debug-testpage',
    where: 'scriptSrc',
    pattern: /(?:^|\/)debug\/testPage\.js/,
    weight: 4,
    generation: 'web3',
    source: 'fixture 01 (nmap capture)',
    mustMatch: ['snippet:web3-capture-head', 'sim:dahua-nvr-web3:forgot'],
  },
  {
    id: 'script-webversion-placeholder',
    where: 'scriptSrc',
    // The build forgot to substitute the version placeholder into the cache-buster.
    pattern: '@WebVersion@',
    weight: 5,
    generation: 'web3',
    source: 'Ostorlab; Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login'],
  },
  {
    id: 'script-baseproj',
    where: 'scriptSrc',
    pattern: /(?:^|\/)baseProj\//,
    weight: 7,
    generation: 'h5',
    source: 'H5 NVR notes; public Go fingerprint list',
    mustMatch: ['sim:dahua-nvr-h5:login', 'sim:lorex-nvr:init'],
  },
  {
    id: 'script-app-plugin',
    where: 'scriptSrc',
    pattern: /(?:^|\/)app\/plugin\//,
    weight: 3,
    generation: 'h5',
    source: 'H5 NVR notes',
    mustMatch: ['sim:dahua-nvr-h5:login'],
  },
  {
    id: 'script-webpack-chunk',
    where: 'scriptSrc',
    // Every create-react-app site has these too: corroboration only.
    pattern: /\/static\/js\/(?:\d+|main|runtime[~-]main)\.[0-9a-f]{8,}\.chunk\.js/,
    weight: 1,
    generation: 'web5',
    source: 'Intelbras notes',
    mustMatch: ['sim:dahua-xvr-web5:login', 'negative/react-spa-login.html'],
  },

  // --- Other asset URLs (img/link/iframe/a) ------------------------------------------------
  {
    id: 'asset-baseproj',
    where: 'assetUrl',
    pattern: /(?:^|\/)baseProj\//,
    weight: 7,
    generation: 'h5',
    source: 'public Go fingerprint list; public scanners',
    mustMatch: ['sim:dahua-nvr-h5:login', 'sim:dahua-nvr-uninit:init'],
  },
  {
    id: 'asset-custom-logo',
    where: 'assetUrl',
    pattern: /(?:^|\/)custom_logo\/web_logo\.png/,
    weight: 5,
    generation: 'h5',
    source: 'public Go fingerprint list; public scanners',
    mustMatch: ['sim:dahua-nvr-h5:login', 'sim:lorex-nvr:login'],
  },
  {
    id: 'asset-webplugin-exe',
    where: 'assetUrl',
    // Relative links only: a vendor download page links the same file absolutely.
    pattern: /^(?:\.?\/)?webplugin\.exe(?:$|\?)/i,
    weight: 5,
    generation: 'plugin',
    source: 'public Go and Perl scanner fingerprints',
    mustMatch: ['sim:dahua-hcvr-plugin:login'],
  },
  {
    id: 'asset-flir-webplugin',
    where: 'assetUrl',
    pattern: /(?:^|\/)flir_webplugin\.exe/i,
    weight: 6,
    generation: 'plugin',
    brand: 'FLIR',
    source: 'recog-style Ruby matcher',
    mustMatch: ['snippet:flir-plugin'],
  },

  // --- Form fields (ids, names, option values) ---------------------------------------------
  {
    id: 'field-t-username',
    where: 'formField',
    pattern: /^t_username$/,
    weight: 5,
    generation: 'web3',
    source: 'Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login', 'sim:amcrest-nvr:login'],
  },
  {
    id: 'field-slct-usertype',
    where: 'formField',
    pattern: /^slct_userType$/,
    weight: 5,
    generation: 'web3',
    source: 'Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login', 'sim:amcrest-nvr:login'],
  },
  {
    id: 'field-ldapuser',
    where: 'formField',
    // The LDAP user type of the Web3.0 login select. nuclei pairs it with Amcrest's footer,
    // but the option itself is Dahua's, so it names no brand.
    pattern: /^LDAPUser$/,
    weight: 2,
    generation: 'web3',
    source: 'nuclei (amcrest-login)',
    mustMatch: ['sim:amcrest-nvr:login'],
  },

  // --- Element class/id tokens -------------------------------------------------------------
  {
    id: 'token-ui-dialog-content',
    where: 'className',
    // Stock jQuery UI class: weak unless the title agrees.
    pattern: 'ui-dialog-content',
    weight: 2,
    generation: 'web3',
    source: 'Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login'],
  },
  {
    id: 'token-ui-video-wrap-icon',
    where: 'className',
    pattern: 'ui-video-wrap-icon',
    weight: 4,
    generation: 'web3',
    source: 'Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login'],
  },
  {
    id: 'token-playback-bottom-bar',
    where: 'className',
    pattern: 'playback_bottom_bar',
    weight: 3,
    generation: 'plugin',
    source: 'public Go and Perl scanner fingerprints',
    mustMatch: ['sim:dahua-hcvr-plugin:login', 'sim:dahua-hcvr-plugin:init'],
  },

  // --- Inline executable JavaScript --------------------------------------------------------
  {
    id: 'inline-global-login',
    where: 'inlineScript',
    pattern: /["']global\.login["']/,
    weight: 5,
    source: 'Greenbone NASL (2021 revision)',
    mustMatch: ['sim:dahua-nvr-h5:login', 'snippet:inline-rpc'],
  },
  {
    id: 'inline-rpc2-login',
    where: 'inlineScript',
    pattern: /\bRPC2_Login\b/,
    weight: 5,
    source: 'Greenbone NASL (2021 revision)',
    mustMatch: ['sim:dahua-nvr-h5:login', 'snippet:inline-rpc'],
  },
  {
    id: 'inline-webversion-placeholder',
    where: 'inlineScript',
    pattern: '@WebVersion@',
    weight: 5,
    generation: 'web3',
    source: 'Greenbone NASL',
    mustMatch: ['sim:dahua-nvr-web3:login'],
  },
  {
    id: 'inline-i18n-relogin',
    where: 'inlineScript',
    pattern: 'com.ErrorAuthorizeReloginTip',
    weight: 6,
    generation: 'web3',
    source: 'Greenbone NASL (newer revision)',
    mustMatch: ['sim:dahua-nvr-web3:login'],
  },
  {
    id: 'inline-webplugin-exe',
    where: 'inlineScript',
    // Not preceded by a word character, so flir_webplugin.exe stays a separate signature.
    pattern: /(?:^|[^\w])webplugin\.exe/,
    weight: 4,
    generation: 'plugin',
    source: 'public Go and Perl scanner fingerprints',
    mustMatch: ['sim:dahua-hcvr-plugin:init'],
  },
  {
    id: 'inline-backup-begin-time',
    where: 'inlineScript',
    pattern: 'BackUpBeginTimeChanged',
    weight: 3,
    generation: 'plugin',
    source: 'public Go and Perl scanner fingerprints',
    mustMatch: ['sim:dahua-hcvr-plugin:login'],
  },
  {
    id: 'inline-webpack-chunk-map',
    where: 'inlineScript',
    // The webpack runtime that maps chunk ids to hashes. Every CRA app has one: weak.
    pattern: /static\/js\/["'`]\s*\+[^;]{0,8000}?\.chunk\.js/,
    weight: 2,
    generation: 'web5',
    source: 'Intelbras notes',
    mustMatch: ['sim:dahua-xvr-web5:login', 'negative/react-spa-login.html'],
  },

  // --- Footer / copyright / meta text ------------------------------------------------------
  {
    id: 'footer-amcrest-technologies',
    where: 'footerText',
    // Amcrest's own web shop carries the same footer: brand evidence, barely device evidence.
    pattern: 'Amcrest Technologies',
    weight: 2,
    brand: 'Amcrest',
    source: 'nuclei (amcrest-login)',
    mustMatch: ['sim:amcrest-nvr:login', 'negative/amcrest-shop.html'],
  },
  // Brand names alone prove nothing (shops and forums print them): weight 0, they only
  // name the OEM once other signatures have detected the device.
  {
    id: 'brand-lorex-footer',
    where: 'footerText',
    pattern: /\bLorex\b/i,
    weight: 0,
    brand: 'Lorex',
    source: 'inferred (OEM copyright line)',
    mustMatch: ['sim:lorex-nvr:login', 'negative/lorex-dvr-netview.html'],
  },
  {
    id: 'brand-intelbras-footer',
    where: 'footerText',
    pattern: /\bIntelbras\b/i,
    weight: 0,
    brand: 'Intelbras',
    source: 'inferred (OEM copyright line)',
    mustMatch: ['snippet:intelbras-h5'],
  },
  {
    id: 'brand-imou-footer',
    where: 'footerText',
    pattern: /\bIMOU\b/i,
    weight: 0,
    brand: 'IMOU',
    source: 'inferred (OEM copyright line)',
    mustMatch: ['snippet:imou-h5'],
  },

  // --- Host name and response headers ------------------------------------------------------
  {
    id: 'host-dahua-ddns',
    where: 'host',
    // dahuaddns.com and quickddns.com are Dahua's own DDNS services: such a host is very
    // likely a Dahua device, but the page may be any service behind a forwarded port.
    pattern: /(?:^|\.)(?:dahuaddns|quickddns)\.com$/,
    weight: 4,
    source: "Dahua's DDNS services (dahuaddns.com, quickddns.com)",
    mustMatch: ['snippet:ddns-login'],
  },
  {
    id: 'header-p3p',
    where: 'headerHint',
    // Only the CLI / VS Code side sees headers; a content script never does.
    pattern: /^p3p: CP=CAO PSA OUR$/i,
    weight: 2,
    source: 'fixture 01 (nmap capture); public scanner notes',
  },
];

/** Pseudo-signature added by the scorer: a password input is context, not identity. */
export const PASSWORD_FIELD_ID = 'password-field';
export const PASSWORD_FIELD_WEIGHT = 2;

/** Tokens collect.ts probes for as element class or id (kept beside the data above). */
export const MARKUP_TOKENS: readonly string[] = SIGNATURES.filter((s) => s.where === 'className').map((s) =>
  String(s.pattern),
);
