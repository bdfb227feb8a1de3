/**
 * Model, serial, MAC and firmware out of OCR'd lines: find a label, take its value from the same
 * line ("Serial No.: 6G04…"), the line to its right (a GUI table's value column) or the line
 * below (a sticker), and keep it only if the field's grammar accepts it. Without a label, only
 * values no other text can look like are taken: a Dahua family model, a MAC with separators, a
 * firmware string. A serial always needs its label: a bare 15-character code could be anything.
 *
 * Confidence = OCR confidence of the words used × grammar fit, lowered for repairs and for
 * values found without a label. Garbage yields null, never a guess.
 */
import { checkField, checkFirmware, type FieldCheck } from '../identity';
import { unpunctuate } from '../identity/confusables';
import { looksMisCounted } from '../identity/serial';
import { unionBox } from './box';
import { below, rightOf } from './layout';
import { matchLabel, type LabelName } from './labels';
import { resolveRoundGlyphs } from './round-glyphs';
import type { FieldName, FieldReading, OcrLine, OcrWord } from './types';

export type ExtractedFields = Record<FieldName, FieldReading | null>;

export const FIELD_NAMES: readonly FieldName[] = ['model', 'serial', 'mac', 'firmware'];

/** OCR confidence below which a value is not trusted at all (tesseract garbage sits around 0–0.3). */
const MIN_OCR_CONFIDENCE = 0.35;
/** Final confidence below which a field stays null. */
const MIN_CONFIDENCE = 0.3;
const REPAIR_FACTOR = 0.92;
const UNLABELLED_FACTOR = 0.85;

interface Span {
  words: OcrWord[];
}

/** A line's words, falling back to the whole line as one word when the engine gave none. */
function wordsOf(line: OcrLine): OcrWord[] {
  const words = line.words.filter((w) => w.text.trim() !== '');
  return words.length > 0 ? words : [{ text: line.text.trim(), confidence: line.confidence, box: line.box }];
}

function textOf(words: readonly OcrWord[]): string {
  return words.map((w) => w.text).join(' ');
}

/** The words after character `end` of the line's text (a word the label ends inside is split). */
function wordsAfter(words: OcrWord[], end: number): OcrWord[] {
  const out: OcrWord[] = [];
  let offset = 0;
  for (const word of words) {
    const start = offset;
    offset += word.text.length + 1;
    if (start + word.text.length <= end) continue;
    if (start >= end) {
      out.push(word);
      continue;
    }
    // The label ends inside this word ("S/N:5SNG…"): keep the rest, with its own glyph boxes.
    const cut = end - start;
    const part: OcrWord = { text: word.text.slice(cut), confidence: word.confidence, box: word.box };
    const symbols = word.symbols?.slice(cut);
    if (symbols && symbols.length > 0) {
      part.symbols = symbols;
      part.box = symbols.map((x) => x.box).reduce((a, b) => unionBox(a, b));
    }
    out.push(part);
  }
  return out.filter((w) => w.text !== '');
}

/**
 * OCR confidence of a value: the mean of tesseract's word confidence (the whole reading's
 * certainty, which drops for a serial with one doubtful glyph) and of its per-character
 * confidences (which stay high when one stray '|' is what the grammar then repairs).
 */
function confidenceOf(words: readonly OcrWord[]): number {
  let sum = 0;
  let chars = 0;
  for (const w of words) {
    const symbols =
      w.symbols && w.symbols.length > 0
        ? w.symbols.reduce((a, s) => a + s.confidence, 0) / w.symbols.length
        : w.confidence;
    sum += ((w.confidence + symbols) / 2) * w.text.length;
    chars += w.text.length;
  }
  return sum / Math.max(1, chars);
}

/** Which words of a value to try, in order: a serial may be split by OCR, a model is one word. */
function variants(field: FieldName, words: OcrWord[]): OcrWord[][] {
  const first = words.slice(0, 1);
  const firstTwo = words.slice(0, 2);
  switch (field) {
    case 'serial':
      return [words, first, firstTwo];
    case 'model':
      return [first, words];
    case 'mac':
      return [words, first];
    case 'firmware':
      return [words];
  }
}

function reading(
  field: FieldName,
  span: Span,
  labelled: boolean,
  options: ReadOptions = {},
): FieldReading | null {
  let best: FieldReading | null = null;
  // Zero versus letter O by glyph width, where both are legal: serials and firmware codes.
  const readAs = new Map<OcrWord, OcrWord>();
  const source =
    field === 'serial' || field === 'firmware'
      ? span.words.map((w) => {
          const resolved = resolveRoundGlyphs(w);
          if (resolved.changed) readAs.set(resolved.word, w);
          return resolved.word;
        })
      : span.words;
  for (const words of variants(field, source)) {
    if (words.length === 0) continue;
    const text = textOf(words);
    const ocr = confidenceOf(words);
    if (ocr < MIN_OCR_CONFIDENCE) continue;
    // Serials and MACs never contain spaces; OCR splits them at wide glyph gaps.
    const input = field === 'serial' || field === 'mac' ? text.replace(/\s+/g, '') : text;
    const check: FieldCheck | null = checkField(field, input, { labelled });
    if (!check) continue;
    // A wrong serial is worse than none: a Dahua serial one character short or long is left out.
    if (options.dropMisCounted && field === 'serial' && looksMisCounted(check.value)) continue;
    const repaired = check.repaired || words.some((w) => readAs.has(w));
    const confidence = ocr * check.fit * (repaired ? REPAIR_FACTOR : 1) * (labelled ? 1 : UNLABELLED_FACTOR);
    if (confidence < MIN_CONFIDENCE) continue;
    const box = words.map((w) => w.box).reduce((a, b) => unionBox(a, b));
    const raw = textOf(words.map((w) => readAs.get(w) ?? w));
    const candidate: FieldReading = {
      value: check.value,
      confidence: round(confidence),
      source: 'ocr',
      box,
      raw,
    };
    if (repaired) candidate.repaired = true;
    if (!best || candidate.confidence > best.confidence) best = candidate;
  }
  return best;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** The value cell beside or under a label line: a neighbour that is itself a label is not one. */
function neighbour(found: OcrLine | null): OcrLine | null {
  return found && !matchLabel(found.text) ? found : null;
}

function better(a: FieldReading | null, b: FieldReading | null): FieldReading | null {
  if (!a) return b;
  if (!b) return a;
  return b.confidence > a.confidence ? b : a;
}

/** Where a value may be: the words after a label, or (unlabelled) a word only a value looks like. */
export interface ValueSpan {
  field: FieldName | 'buildDate';
  words: OcrWord[];
  labelled: boolean;
  /** The line holding the words (a glyph re-read cuts out its full height). */
  line: OcrLine;
  /** Spans of the same label, in the order they are tried (inline, right, below). */
  rank: number;
  /** Index of the label line, to keep one reading per label. */
  label: number;
  /** Confidence multiplier (a fallback reading is worth less than a re-read one). */
  weight?: number;
}

/** Every place a value may be, labelled ones first. Deterministic: the same lines give the same spans. */
export function findSpans(lines: readonly OcrLine[]): ValueSpan[] {
  const spans: ValueSpan[] = [];
  lines.forEach((line, index) => {
    const words = wordsOf(line);
    const match = matchLabel(textOf(words));
    if (!match) return;
    const field = match.label;
    let rank = 0;
    const inline = wordsAfter(words, match.end);
    if (inline.length > 0)
      spans.push({
        field,
        words: field === 'firmware' ? withWrappedDate(inline, line, lines) : inline,
        labelled: true,
        line,
        rank: rank++,
        label: index,
      });
    for (const next of [neighbour(rightOf(lines, line)), neighbour(below(lines, line))]) {
      if (next)
        spans.push({
          field,
          words: field === 'firmware' ? withWrappedDate(wordsOf(next), next, lines) : wordsOf(next),
          labelled: true,
          line: next,
          rank: rank++,
          label: index,
        });
    }
  });
  lines.forEach((line, index) => {
    const words = wordsOf(line);
    words.forEach((word, i) => {
      spans.push({ field: 'model', words: [word], labelled: false, line, rank: 0, label: -1 - index });
      if (/[:-]/.test(word.text))
        spans.push({ field: 'mac', words: [word], labelled: false, line, rank: 0, label: -1 - index });
      // OCR splits a model at its dash ("DHI -NVR5232-4KS2"): the two words together.
      const next = words[i + 1];
      if (next && (word.text.endsWith('-') || next.text.startsWith('-'))) {
        spans.push({
          field: 'model',
          words: [word, next],
          labelled: false,
          line,
          rank: 0,
          label: -1 - index,
        });
      }
    });
    spans.push({
      field: 'firmware',
      words: withWrappedDate(words, line, lines),
      labelled: false,
      line,
      rank: 0,
      label: -1 - index,
    });
  });
  return spans;
}

/**
 * A firmware cell cut after "Build Date:" continues beside it (a wide gap split the cell) or on
 * the line under it (the cell wrapped): the date there belongs to the value
 * ("V4.216.00D0000.6.R, Build Date:" / "2017-09-03").
 */
function withWrappedDate(words: OcrWord[], line: OcrLine, lines: readonly OcrLine[]): OcrWord[] {
  if (!/build\s*date\s*:?$/i.test(textOf(words))) return words;
  const next = [rightOf(lines, line), below(lines, line)].find(
    (l) => l !== null && /^\d{4}-\d{2}-\d{2}/.test(l.text.trim()),
  );
  return next ? [...words, ...wordsOf(next)] : words;
}

/**
 * The best valid reading per field. Per label, the first span (in rank order) that validates is
 * its value; across labels and unlabelled finds, the most confident wins, a labelled value
 * always beating an unlabelled one.
 */
export interface ReadOptions {
  /** Leave out a serial that looks like a 15-character one with a character dropped or doubled. */
  dropMisCounted?: boolean;
}

export function readSpans(spans: readonly ValueSpan[], options: ReadOptions = {}): ExtractedFields {
  const labelled: ExtractedFields = { model: null, serial: null, mac: null, firmware: null };
  const unlabelled: ExtractedFields = { model: null, serial: null, mac: null, firmware: null };
  const settled = new Map<string, number>();
  const ordered = [...spans].sort(
    (a, b) => a.label - b.label || a.rank - b.rank || (b.weight ?? 1) - (a.weight ?? 1),
  );
  for (const span of ordered) {
    if (span.field === 'buildDate') continue;
    const key = `${span.field}:${span.label}`;
    const done = settled.get(key);
    // A fallback (weighted) span is only read when the span it backs up gave nothing.
    if (done !== undefined && (done < span.rank || (done === span.rank && span.weight !== undefined)))
      continue;
    const found = reading(span.field, span, span.labelled, options);
    if (!found) continue;
    if (span.weight !== undefined) found.confidence = round(found.confidence * span.weight);
    settled.set(key, span.rank);
    const into = span.labelled ? labelled : unlabelled;
    into[span.field] = better(into[span.field], found);
  }
  const result: ExtractedFields = { model: null, serial: null, mac: null, firmware: null };
  for (const field of FIELD_NAMES) result[field] = labelled[field] ?? unlabelled[field];

  // A "Build Date" row of its own completes a firmware read without one.
  const firmware = result.firmware;
  if (firmware && !/build:|\.\d{6}$/.test(firmware.value)) {
    for (const span of spans) {
      if (span.field !== 'buildDate') continue;
      const dated = checkFirmware(`${firmware.value} build date ${textOf(span.words)}`);
      if (dated && dated.value !== firmware.value) {
        result.firmware = { ...firmware, value: dated.value };
        if (dated.repaired) result.firmware.repaired = true;
        break;
      }
    }
  }
  return result;
}

export function extractFields(lines: readonly OcrLine[]): ExtractedFields {
  return readSpans(findSpans(lines));
}

/**
 * True for a value only its label can name: a serial-shaped code, or a model without a Dahua
 * family name. A recorder model, a MAC or a firmware string identifies itself.
 */
export function needsLabel(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  if (checkField('mac', compact) || checkField('firmware', text) || checkField('model', text)) return false;
  // A speck read as punctuation inside a code ("4L.02C55PAZ7E1A3") must not hide its shape.
  const code = unpunctuate(compact).replace(/[^0-9A-Za-z]/g, '');
  return (
    checkField('serial', compact) !== null ||
    (code.length >= 12 && checkField('serial', code) !== null) ||
    checkField('model', text, { labelled: true }) !== null
  );
}

/**
 * True when every field has a value, so reading more lines cannot add anything: a line is read
 * only once, so a doubtful value does not get better by reading the rest of the screen.
 */
export function isComplete(fields: ExtractedFields): boolean {
  return FIELD_NAMES.every((f) => fields[f] !== null);
}

export type { LabelName };
