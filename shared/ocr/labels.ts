/**
 * The labels recorder screens, web pages and device stickers put in front of each field, as OCR
 * reads them: "Device Model", "Model No.", "Device Type", "Serial No.", "SN", "S/N", "Device SN",
 * "MAC Address", "MAC", "System Version", "Software Version", "Firmware", "Version", "Build Date".
 *
 * Matching runs on a loosened copy of the text (lower case, digits that OCR swaps for letters
 * turned back into letters), because "Seria1 No." and "Mode1" are common misreadings and the
 * label, unlike the value, is never ambiguous once loosened.
 */
import type { FieldName } from './types';

export type LabelName = FieldName | 'buildDate';

const LABELS: readonly (readonly [LabelName, RegExp])[] = [
  [
    'model',
    /^(?:(?:device|product)\s*)?model(?:\s*(?:no\.?|number|name|#))?(?![a-z])|^device\s*type(?![a-z])/,
  ],
  [
    'serial',
    // "S/N" comes back as "SIN" or "S1N" when the slash is read as a stem.
    /^(?:(?:device|product)\s*)?(?:serial(?:\s*(?:no\.?|number|#))?|s\s*[/il]\s*n|sn(?:\s*(?:no\.?|code))?)(?![a-z])/,
  ],
  ['mac', /^(?:mac(?:\s*addr(?:ess)?)?|(?:physical|ethernet|wired)\s*(?:mac\s*)?address)(?![a-z])/],
  ['buildDate', /^(?:build|release)\s*date(?![a-z])/],
  [
    'firmware',
    /^(?:(?:system|software|firmware|device)\s*)?(?:version|firmware)(?:\s*(?:no\.?|number|info))?(?![a-z])/,
  ],
];

// Only for matching labels: every one of these words is letters only.
const LOOSEN: Record<string, string> = { '0': 'o', '1': 'l', '5': 's', '8': 'b', '|': 'l', '!': 'l' };

/** Same length as the input (one UTF-16 unit per unit), so match offsets apply to the original. */
function loosen(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    out += LOOSEN[c] ?? c.toLowerCase().charAt(0);
  }
  return out;
}

export interface LabelMatch {
  label: LabelName;
  /** Characters of the original text the label (and its colon) used; the value follows. */
  end: number;
}

/** The label a line starts with, if any. Leading bullets and bars OCR picks up are skipped. */
export function matchLabel(text: string): LabelMatch | null {
  const lead = /^[\s|•·*>\-–—]*/.exec(text)![0].length;
  const loose = loosen(text.slice(lead));
  for (const [label, pattern] of LABELS) {
    const m = pattern.exec(loose);
    if (!m) continue;
    const after = /^\s*[:：;.]?\s*/.exec(loose.slice(m[0].length))![0].length;
    return { label, end: lead + m[0].length + after };
  }
  return null;
}
