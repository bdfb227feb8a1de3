/**
 * The model name: its grammars, OCR check and repair, comparison key and label. An optional
 * DH-/DHI- prefix, a recorder family (NVR, XVR, HCVR, DVR, IVSS, EVS, MXVR) followed by a
 * digit, or, under a "Model" label, any OEM model (Amcrest NV4108E-HS, Lorex N841A82); the
 * shapes are those of the model names in Dahua's NVR and XVR user manuals. Confusables are
 * repaired only in the family name and in the digit that must follow it.
 */
import type { FieldCheck } from './check';
import { asDigits } from './confusables';

export const MODEL_LABEL = 'Model';

/** Optional brand prefix on models: DH- (Dahua) or DHI- (international channel). */
export const MODEL_PREFIX = /^(?:DHI?|DH)-/;

/**
 * Any plausible model name, for values that sit under a "Model" label: OEM models such as
 * Amcrest `NV4108E-HS` or Lorex `N841A82` do not carry a Dahua family name.
 */
export const LABELLED_MODEL = /^(?=[0-9A-Z/-]*\d)(?=[0-9A-Z/-]*[A-Z])[0-9A-Z]+(?:[-/][0-9A-Z]+){0,6}$/;

/**
 * A Dahua recorder model (optional DH-/DHI-, a family, series/channel/suffix parts), findable
 * inside a longer text (footers such as "DHI-NVR5232-4KS2 | V4.002…").
 */
export const RECORDER_MODEL_IN_TEXT =
  /\b(?:DHI?-)?(?:NVR|XVR|HCVR|DVR|IVSS|EVS|MXVR)\d[0-9A-Z]*(?:-[0-9A-Z]+)*(?:\/[0-9A-Z]+)?\b/;

const RECORDER_MODEL = new RegExp(`^(?:${RECORDER_MODEL_IN_TEXT.source.replace(/^\\b|\\b$/g, '')})$`);

// Family names as OCR misreads them: I↔1/l, S↔5, O↔0 in 'DVR'… only letters live here.
const FAMILY_READINGS: readonly (readonly [RegExp, string])[] = [
  [/^[I1l|]V[S5][S5]/, 'IVSS'],
  [/^HCVR/, 'HCVR'],
  [/^M?XVR/, ''],
  [/^NVR/, 'NVR'],
  [/^[D0O]VR/, 'DVR'],
  [/^EV[S5]/, 'EVS'],
];

/** Upper-case, one kind of dash, no spaces around dashes: how OCR and labels vary the same model. */
function tidy(raw: string): string {
  return raw
    .trim()
    .replace(/[‐‑‒–—―_]/g, '-')
    .replace(/\s*-\s*/g, '-')
    .split(/\s+/)[0]!
    .replace(/[.,;:]+$/, '')
    .toUpperCase();
}

/**
 * Dahua's AI-generation suffixes are letters: -I, -I2, -I3, -EI, -XI (XVR5108HS-I3,
 * NVR608H-32-XI). No recorder uses -1, -13 or -X1, so a one there is an I misread.
 */
function aiSuffixes(model: string): string {
  const [head, ...segments] = model.split('-');
  const fixed = segments.map((s) => {
    if (/^[1l|][23]?$|^[EX][1l|]$/.test(s)) return s.replace(/[1l|]/, 'I');
    // "I3" with its stem read twice: "I13".
    if (/^I[1l|][23]$/.test(s)) return `I${s.charAt(2)}`;
    return s;
  });
  return [head, ...fixed].join('-');
}

/**
 * Inside the series/channel digits after the family ("NVR608H", "XVR5108HS"), a round or
 * straight glyph between two digits is a digit: O→0, I/l→1. B is left alone (XVR1B08 is real).
 * After four digits, a 5 is the chassis letter S.
 */
function digitRuns(bare: string): string {
  const family = /^(?:IVSS|HCVR|MXVR|NVR|XVR|DVR|EVS)/.exec(bare)?.[0];
  if (!family) return bare;
  const [first, ...rest] = bare.slice(family.length).split('-');
  const fixed = first!
    .replace(/(?<=\d)[Oo](?=\d)/g, '0')
    .replace(/(?<=\d)[Il|](?=\d)/g, '1')
    // Series, bays and two channel digits are four (NVR5232, EVS5016S, XVR5108HS): a fifth
    // digit right after them is the chassis letter S read as a 5 ("EVS50165" → 5016S).
    .replace(/^(\d{4})5(?=[A-Z]*$)/, '$1S');
  return [family + fixed, ...rest].join('-');
}

/**
 * The comparison key: the model without the brand prefix, one kind of dash, upper case
 * (DHI-NVR5232-4KS2 ≡ NVR5232-4KS2 ≡ nvr5232_4ks2). Every "same model?" question asks this.
 */
export function modelKey(model: string): string {
  return tidy(model).replace(MODEL_PREFIX, '');
}

/** An OCR'd model: family name, its digit and AI suffixes repaired where the grammar fixes them. */
export function checkModel(raw: string, options: { labelled: boolean }): FieldCheck | null {
  let value = tidy(raw);
  let repaired = false;
  const prefix = /^DH[I1L|]?-/.exec(value)?.[0];
  let bare = prefix ? value.slice(prefix.length) : value;
  const fixedPrefix = prefix ? (prefix.length > 3 ? 'DHI-' : 'DH-') : '';
  if (prefix && fixedPrefix !== prefix) repaired = true;

  for (const [reading, family] of FAMILY_READINGS) {
    const m = reading.exec(bare);
    if (!m) continue;
    const name = family || m[0];
    const next = bare.charAt(m[0].length);
    const digit = next === '' ? null : asDigits(next);
    if (name !== m[0] || (digit && digit.repaired)) {
      const rest = bare.slice(m[0].length + (digit ? 1 : 0));
      const candidate = name + (digit ? digit.text : '') + rest;
      if (RECORDER_MODEL.test(candidate)) {
        bare = candidate;
        repaired = true;
      }
    }
    break;
  }
  const suffixed = aiSuffixes(digitRuns(bare));
  if (suffixed !== bare && RECORDER_MODEL.test(fixedPrefix + suffixed)) {
    bare = suffixed;
    repaired = true;
  }
  value = fixedPrefix + bare;

  if (value.length < 4 || value.length > 40) return null;
  if (RECORDER_MODEL.test(value)) return { value, repaired, fit: 1 };
  // Without a label, only a Dahua family name says "this is a model".
  if (options.labelled && LABELLED_MODEL.test(value)) return { value, repaired, fit: 0.8 };
  return null;
}
