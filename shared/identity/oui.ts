/**
 * MAC vendor prefixes of Dahua and of the brands that sell Dahua-made recorders, from the IEEE
 * registry as summarised in reference §5.3. A known prefix raises confidence in an OCR'd MAC
 * and tells the technician which maker's support to call; an unknown one is not an error
 * (rebrands also ship third-party NICs).
 */

const OUI_BY_VENDOR: Record<string, readonly string[]> = {
  Dahua: [
    '08EDED',
    '14A78B',
    '24526A',
    '30DDAA',
    '38AF29',
    '3CE36B',
    '3CEF8C',
    '407AA4',
    '4C11BF',
    '4C99E8',
    '5CF51A',
    '64FD29',
    '6C1C71',
    '74C929',
    '8CE9B4',
    '9002A9',
    '98F9CC',
    '9C1463',
    'A0BD1D',
    'B44C3B',
    'BC325F',
    'C0395A',
    'C4AAC4',
    'D4430E',
    'E02EFE',
    'E0508B',
    'E4246C',
    'F4B1C2',
    'F8CE07',
    'FC5F49',
    'FCB69D',
  ],
  'Dahua (Zhilian)': ['202C05', 'A8CA87'],
  'IMOU / Lechange (Huacheng)': ['00D98B', '1C4D89', '302450', '906A94', 'A83162', 'AC3DFA'],
  // 34:46:63:2x is an MA-M (28-bit) block: seven hex digits.
  Amcrest: ['00651E', '9C8ECD', 'A06032', '3446632'],
  Lorex: ['001F54'],
  Intelbras: [
    '001A3F',
    '180D2C',
    '24FD0D',
    '30E1F1',
    '443B32',
    '4851CF',
    '546CAC',
    '54BAD9',
    '58108C',
    '808544',
    '808FE8',
    '982A0A',
    '98E55B',
    'AC1EA9',
    'B87EE5',
    'CC8130',
    'D8365F',
    'D8778B',
  ],
};

const VENDOR_BY_PREFIX = new Map<string, string>(
  Object.entries(OUI_BY_VENDOR).flatMap(([vendor, prefixes]) => prefixes.map((p) => [p, vendor] as const)),
);

/** 'Dahua', 'Amcrest', 'Intelbras'… for a MAC in any common notation, or null when unknown or not a MAC. */
export function macVendor(mac: string): string | null {
  const hex = mac.toUpperCase().replace(/[\s:.-]/g, '');
  if (!/^[0-9A-F]{12}$/.test(hex)) return null;
  // Longest prefix first: an MA-M block is more specific than its MA-L.
  return VENDOR_BY_PREFIX.get(hex.slice(0, 7)) ?? VENDOR_BY_PREFIX.get(hex.slice(0, 6)) ?? null;
}
