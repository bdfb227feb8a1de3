/**
 * The firmware version: its grammar, canonical form, OCR check and repair, comparison key and
 * label. Firmware strings as Dahua's manuals and device pages print them:
 * `2.800.0000016.0.R,build:2020-06-05`, `V4.001.0000000.1.R.201126`, OEM `2.800.00IB00C.0.T`.
 * The first, second and fourth fields and the dates are digits, so confusables are repaired
 * there; the seven-character third field carries OEM letters and is left alone.
 *
 * Canonical form is the device API's: no leading 'V', build date as ',build:YYYY-MM-DD'
 * (shared/detection/dom-identity.ts writes the same, so DOM and OCR readings compare equal).
 */
import type { FieldCheck } from './check';
import { asDigits } from './confusables';

export const FIRMWARE_LABEL = 'Firmware';

/**
 * Firmware: `4.002.0000000.8.R`, `V4.001.0000000.1.R.201126`, `2.800.00IB00C.0.T`, optionally
 * followed by a build date (`,build:2020-06-05`, `Build Date: 2021-05-10`).
 */
export const FIRMWARE_IN_TEXT =
  /\bV?\d\.\d{3}\.[0-9A-Z]{7}\.\d+\.[A-Z](?:\.\d{6})?(?:\s*,?\s*build(?:\s*date)?\s*[:：]?\s*\d{4}-\d{2}-\d{2})?/i;

// Anything OCR may put where a digit belongs.
const D = '[0-9OoIl|iSsBZzQDGb!]';
const SEP = '\\s*[.,]\\s*';
const VERSION = new RegExp(
  `(?:^|[^0-9A-Za-z])(?:[Vv]\\s*){0,2}(${D})${SEP}(${D}{3})${SEP}([0-9A-Za-z]{7})${SEP}(${D}{1,3})${SEP}([A-Za-z])` +
    `(?:\\s*\\.\\s*(${D}{6}))?(?![0-9A-Za-z])`,
);
const BUILD_DATE = new RegExp(
  `build(?:\\s*date)?\\s*[:：;.]?\\s*(${D}{4})\\s*[-.]\\s*(${D}{2})\\s*[-.]\\s*(${D}{2})`,
  'i',
);

/**
 * The seven-character field is a run of zeros with an OEM or build code in it ("0000000",
 * "00D0000", "00IB00C"). A letter O touching a zero is a zero misread; an O elsewhere
 * ("15OG004") is kept.
 */
function zeroRuns(code: string): string {
  let out = code;
  for (let prev = ''; prev !== out;) {
    prev = out;
    out = out.replace(/O(?=0)|(?<=0)O/g, '0');
  }
  return out;
}

function validDate(y: string, m: string, d: string): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  return year >= 2000 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** An OCR'd firmware version in canonical form, digits repaired, with its build date if shown. */
export function checkFirmware(raw: string): FieldCheck | null {
  const m = VERSION.exec(raw);
  if (!m) return null;
  const [, major, minor, code, revision, letter, stamp] = m as unknown as [
    string,
    string,
    string,
    string,
    string,
    string,
    string | undefined,
  ];
  const digits = [major, minor, revision].map((f) => asDigits(f, true));
  if (digits.some((d) => d === null)) return null;
  let repaired = digits.some((d) => d!.repaired);
  const zeroed = zeroRuns(code.toUpperCase());
  repaired ||= zeroed !== code.toUpperCase();
  let value = `${digits[0]!.text}.${digits[1]!.text}.${zeroed}.${digits[2]!.text}.${letter.toUpperCase()}`;
  if (stamp !== undefined) {
    const s = asDigits(stamp, true);
    if (!s || !validDate(`20${s.text.slice(0, 2)}`, s.text.slice(2, 4), s.text.slice(4))) return null;
    value += `.${s.text}`;
    repaired ||= s.repaired;
  }
  const build = BUILD_DATE.exec(raw.slice(m.index + m[0].length));
  let dated = stamp !== undefined;
  if (build) {
    const parts = build.slice(1, 4).map((p) => asDigits(p, true));
    if (parts.every((p) => p !== null) && validDate(parts[0]!.text, parts[1]!.text, parts[2]!.text)) {
      value += `,build:${parts.map((p) => p.text).join('-')}`;
      repaired ||= parts.some((p) => p.repaired);
      dated = true;
    }
  }
  if (!FIRMWARE_IN_TEXT.test(value)) return null;
  return { value, repaired, fit: dated ? 1 : 0.9 };
}

/** The version alone (no 'V', no build date or stamp), for comparing readings from different sources. */
export function firmwareKey(firmware: string): string {
  return firmware
    .trim()
    .toUpperCase()
    .replace(/^V/, '')
    .replace(/(\.[A-Z])(?:\.\d{6})?(?:\s*,.*|\s+.*)?$/, '$1');
}
