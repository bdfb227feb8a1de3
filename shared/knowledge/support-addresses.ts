/**
 * Where reset material goes when the app route is not available. Two Dahua addresses circulate
 * and the reference (§9 "Unknowns", summary item 9) cannot confirm one of them, so the UI must
 * show both with their provenance instead of silently picking one.
 */
import type { SourceId } from './sources';

export type SupportAddressId = 'rpwd-global' | 'rpwd' | 'usa-legacy';

export interface SupportAddress {
  id: SupportAddressId;
  address: string;
  /** What the address is for. */
  use: string;
  /** 'documented' = printed by a Dahua artefact; 'unconfirmed' = only a secondary guide names it. */
  confidence: 'documented' | 'unconfirmed';
  explanation: string;
  sources: SourceId[];
}

export const supportAddresses: readonly SupportAddress[] = [
  {
    id: 'rpwd-global',
    address: 'support_rpwd@global.dahuatech.com',
    use: 'Password-reset requests for Dahua devices sold outside mainland China: the QR text (scanned with any reader). No Dahua source names an address for the XML export; that goes to the distributor.',
    confidence: 'documented',
    explanation:
      "This is the string in Dahua's own NetSDK demo, for overseas devices. Prefer it for devices bought outside mainland China.",
    sources: ['dahua-netsdk'],
  },
  {
    id: 'rpwd',
    address: 'support_rpwd@dahuatech.com',
    use: 'Same purpose, as given by a technician guide.',
    confidence: 'unconfirmed',
    explanation:
      'Only a technician guide gives this address and no Dahua document confirms it. Use it if the global address bounces, and say in the ticket which address you used.',
    sources: ['technician-guide-rpwd'],
  },
  {
    id: 'usa-legacy',
    address: 'support.usa@dahuatech.com',
    use: 'Legacy recorders: the serial + OSD date process, which yields a one-day code.',
    confidence: 'documented',
    explanation:
      'Dahua USA used this address for the legacy process in 2019 (dahuawiki). It is old, so support may now send you to the QR or XML route.',
    sources: ['dahuawiki-faq-instructions'],
  },
];

/** Mainland-China devices do not use e-mail: the reference lists WeChat or this SMS number. */
export const mainlandChinaRoute = {
  text: 'Mainland China: send the QR content through WeChat, or by SMS to 10690669121821.',
  sources: ['dahua-netsdk'] as SourceId[],
};

export function supportAddress(id: SupportAddressId): SupportAddress {
  const found = supportAddresses.find((a) => a.id === id);
  // The ids are a closed union over the constant above, so a miss is a programming error.
  if (!found) throw new Error(`unknown support address ${id}`);
  return found;
}
