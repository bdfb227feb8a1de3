/**
 * What counts as a value for each field, and the value shapes recognised without a name.
 * Grammar-only findings are weaker than named ones: they are kept, but a named value wins.
 */
import { FIRMWARE_IN_TEXT } from '../identity/firmware';
import { macKey } from '../identity/mac';
import { LABELLED_MODEL, RECORDER_MODEL_IN_TEXT } from '../identity/model';
import { parseSerial } from '../identity/serial';
import type { ExportField } from './types';

/** C0 control characters and DEL: never part of a value a person typed into a recorder. */
function hasControl(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Unused network ports report all-zero or broadcast MACs: not an identity. */
const PLACEHOLDER_MAC = new Set(['000000000000', 'FFFFFFFFFFFF']);

function macValue(raw: string): string | null {
  const mac = macKey(raw);
  return mac && !PLACEHOLDER_MAC.has(mac) ? mac : null;
}

function textValue(raw: string, max: number): string | null {
  const value = raw.trim().replace(/\s+/g, ' ');
  return value.length > 0 && value.length <= max && !hasControl(value) && /[0-9A-Za-z]/.test(value)
    ? value
    : null;
}

/** Date-like (`2025-01-15 09:30:00`, `2025/1/15`) or a Unix time in seconds or milliseconds. */
const DATE_LIKE =
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const EPOCH = /^(?:\d{10}|\d{13})$/;

/**
 * The normalised value of a field read under a recognised name, or null when the text is not
 * such a value (`<SN>N/A</SN>`, `<Version>1.0</Version>`).
 */
export function namedValue(field: ExportField, raw: string, normalisedName: string): string | null {
  switch (field) {
    case 'serial':
      return parseSerial(raw);
    case 'mac':
      return macValue(raw);
    case 'model':
      return textValue(raw, 64);
    case 'deviceName':
      return textValue(raw, 128);
    case 'firmware': {
      const value = textValue(raw, 96);
      // "version" alone is too generic (schema versions): only a firmware-shaped value counts.
      if (value && normalisedName === 'version') return FIRMWARE_IN_TEXT.test(value) ? value : null;
      return value;
    }
    case 'timestamp': {
      const value = raw.trim();
      return DATE_LIKE.test(value) || EPOCH.test(value) ? value : null;
    }
  }
}

export interface GrammarHit {
  field: ExportField;
  value: string;
}

/** A whole value shaped like a typical (15-character) Dahua serial. */
const SERIAL_15 = /^(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{15}$/;
/** `SN: 4H01…` or `Serial No.=4H01…` inside free text. */
const LABELLED_SERIAL = /\b(?:S\/?N|Serial(?:\s*(?:No\.?|Number))?)\s*[:=]\s*([0-9A-Z]{13,17})\b/gi;
/** A MAC with separators anywhere in a value (bare 12-hex runs are too common to trust unnamed). */
const MAC_IN_TEXT = /\b[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}\b/g;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Base64 and hex blobs (the encrypted descript): random text in which shapes appear by chance. */
const BLOB = /^[A-Za-z0-9+/=\r\n]{64,}$/;

/** Values recognised by shape alone, in the order they appear in `raw`. */
export function grammarHits(raw: string, maxLength: number): GrammarHit[] {
  const text = raw.trim();
  if (text === '' || text.length > maxLength || BLOB.test(text)) return [];
  const hits: GrammarHit[] = [];
  if (SERIAL_15.test(text)) hits.push({ field: 'serial', value: text });
  for (const m of text.matchAll(LABELLED_SERIAL)) {
    const serial = parseSerial(m[1]);
    if (serial) hits.push({ field: 'serial', value: serial });
  }
  for (const m of text.matchAll(MAC_IN_TEXT)) {
    const mac = macValue(m[0]);
    if (mac) hits.push({ field: 'mac', value: mac });
  }
  const model = RECORDER_MODEL_IN_TEXT.exec(text);
  if (model) hits.push({ field: 'model', value: model[0] });
  const firmware = FIRMWARE_IN_TEXT.exec(text);
  if (firmware) hits.push({ field: 'firmware', value: firmware[0] });
  if (DATE_TIME.test(text)) hits.push({ field: 'timestamp', value: text });
  return hits;
}

/** A model value that looks like a real model name (vs "NVR" or "IP Camera"). */
export function isModelShaped(value: string): boolean {
  return LABELLED_MODEL.test(value) || RECORDER_MODEL_IN_TEXT.test(value);
}
