/**
 * Combinations that make a page "certain" without any network request.
 *
 * Each rule mirrors a public detector's own matcher combination (or one real capture), so a
 * page is certain only when it shows the structural evidence those detectors rely on, in
 * attributes, form fields or inline code. A rule holds when every group in `need` has at
 * least one matched signature id (ids from signatures.ts).
 */
export interface CertainRule {
  id: string;
  need: readonly (readonly string[])[];
  source: string;
}

export const CERTAIN_RULES: readonly CertainRule[] = [
  {
    id: 'title-plus-structure',
    need: [
      ['title-web-service'],
      [
        'script-jsbase',
        'script-baseproj',
        'asset-baseproj',
        'inline-global-login',
        'inline-rpc2-login',
        'inline-i18n-relogin',
        'token-ui-dialog-content',
        'field-t-username',
      ],
    ],
    source: 'nuclei; Greenbone NASL (title plus one structural marker)',
  },
  {
    id: 'jsbase-testpage',
    need: [['script-jsbase'], ['script-debug-testpage']],
    source: 'fixture 01 (nmap capture)',
  },
  {
    id: 'jsbase-placeholder',
    need: [['script-jsbase'], ['script-webversion-placeholder']],
    source: 'Ostorlab',
  },
  {
    id: 'baseproj-logo',
    need: [['asset-custom-logo'], ['asset-baseproj', 'script-baseproj']],
    source: 'public Go fingerprint list',
  },
  {
    id: 'rpc-login-inline',
    need: [['inline-global-login'], ['inline-rpc2-login']],
    source: 'Greenbone NASL (2021 revision)',
  },
  { id: 'web3-login-form', need: [['field-t-username'], ['field-slct-usertype']], source: 'Greenbone NASL' },
  {
    id: 'web3-username-plus',
    need: [
      ['field-t-username'],
      ['inline-webversion-placeholder', 'script-webversion-placeholder', 'token-ui-video-wrap-icon'],
    ],
    source: 'Greenbone NASL',
  },
  {
    id: 'plugin-era',
    need: [
      ['asset-webplugin-exe', 'inline-webplugin-exe'],
      ['token-playback-bottom-bar', 'inline-backup-begin-time'],
    ],
    source: 'public Go and Perl scanner fingerprints',
  },
  {
    id: 'amcrest-login',
    need: [['footer-amcrest-technologies'], ['field-ldapuser']],
    source: 'nuclei (amcrest-login)',
  },
];

/** True when `rule` holds for the set of matched signature ids. */
export function ruleHolds(rule: CertainRule, matched: ReadonlySet<string>): boolean {
  return rule.need.every((group) => group.some((id) => matched.has(id)));
}
