/**
 * Invented devices for the OCR corpus, deterministic per seed, shaped like the reference
 * (dahua-recorders.md §5): recorder models of every family plus OEM names, 15-character serials
 * with the 'PA'/'ZA' infix (some 13, 14, 16 and 17 long), MACs under Dahua and rebrand OUIs,
 * firmware with and without build dates.
 *
 * Serial alphabet: every observed Dahua serial uses digits and capitals but never I or O (they
 * would be unreadable on a label), so none is generated here either. Confusable pairs that do
 * occur (0/D, 8/B, 5/S, 2/Z, 1/L) are all in.
 */

export interface CorpusDevice {
  brand: string;
  model: string;
  serial: string;
  /** 12 upper-case hex digits. */
  mac: string;
  /** e.g. 4.001.0000000.1.R */
  firmware: string;
  /** YYYY-MM-DD */
  buildDate: string;
}

const MODELS: readonly [string, string][] = [
  ['Dahua', 'DHI-NVR5232-4KS2'],
  ['Dahua', 'NVR4108HS-8P-4KS2/L'],
  ['Dahua', 'DH-XVR5108HS-I3'],
  ['Dahua', 'XVR7816S-4KL-X-LP-V2'],
  ['Dahua', 'XVR1B08-I'],
  ['Dahua', 'XVR4232AN-I'],
  ['Dahua', 'NVR2108-8P-4KS2'],
  ['Dahua', 'NVR608H-32-XI'],
  ['Dahua', 'DHI-NVR4216-16P-4KS2'],
  ['Dahua', 'IVSS7008-1T'],
  ['Dahua', 'HCVR5104HS-S2'],
  ['Dahua', 'DH-EVS5016S-R'],
  ['Amcrest', 'NV4108E-HS'],
  ['Amcrest', 'AMDV10814-H5'],
  ['Lorex', 'N841A82'],
  ['Lorex', 'D861A82B'],
  ['Intelbras', 'NVD3116-P'],
  ['Intelbras', 'MHDX1216'],
];

const OUIS: Record<string, readonly string[]> = {
  Dahua: ['3CEF8C', '38AF29', 'BC325F', 'E0508B', '4C11BF', '6C1C71', '08EDED', 'A0BD1D', 'F4B1C2', '9002A9'],
  Amcrest: ['9C8ECD', '00651E', 'A06032'],
  Lorex: ['001F54', '4C11BF'],
  Intelbras: ['24FD0D', 'D8778B', '98E55B', '30E1F1'],
};

const FIRMWARE_CODES: Record<string, readonly string[]> = {
  Dahua: ['0000000', '0000002', '0000016', '00D0000'],
  Amcrest: ['00AC001', '00AC002'],
  Lorex: ['00LX000', '0000000'],
  Intelbras: ['00IB00C', '00IB008'],
};

const SERIAL_CHARS = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const HEX = '0123456789ABCDEF';

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)]!;
}

function chars(rand: () => number, alphabet: string, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet.charAt(Math.floor(rand() * alphabet.length));
  return s;
}

function serial(rand: () => number, brand: string): string {
  const roll = rand();
  if (brand === 'Amcrest' && roll < 0.6) return `AMC${chars(rand, SERIAL_CHARS, 14)}`;
  if (roll < 0.08) return chars(rand, SERIAL_CHARS, 13);
  if (roll < 0.14) return chars(rand, SERIAL_CHARS, 14);
  if (roll < 0.2) return chars(rand, SERIAL_CHARS, 16);
  // 7 product-code characters (digit first), PA/ZA, one character, five of sequence.
  return `${chars(rand, '123456789', 1)}${chars(rand, SERIAL_CHARS, 6)}${pick(rand, ['PA', 'ZA'])}${chars(rand, SERIAL_CHARS, 6)}`;
}

export function corpusDevice(seed: number): CorpusDevice {
  const rand = prng(seed);
  const [brand, model] = pick(rand, MODELS);
  const oui = pick(rand, OUIS[brand]!);
  const major = pick(rand, ['2', '3', '4', '4', '4']);
  const minor = pick(rand, ['000', '001', '002', '200', '216', '800']);
  const firmware = `${major}.${minor}.${pick(rand, FIRMWARE_CODES[brand]!)}.${Math.floor(rand() * 20)}.${rand() < 0.9 ? 'R' : 'T'}`;
  const year = 2016 + Math.floor(rand() * 8);
  const month = String(1 + Math.floor(rand() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(rand() * 28)).padStart(2, '0');
  return {
    brand,
    model,
    serial: serial(rand, brand),
    mac: oui + chars(rand, HEX, 6),
    firmware,
    buildDate: `${year}-${month}-${day}`,
  };
}

export function macWithColons(mac: string): string {
  return mac.match(/../g)!.join(':');
}
