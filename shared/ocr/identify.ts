/**
 * identifyFromImage: model, serial, MAC, firmware (and the reset QR) from one capture.
 *
 *   QR (optional) → grey → text lines found without OCR (regions.ts) → read in passes, each
 *   step's lines stacked into two images read side by side by a two-worker pool (read-stacked.ts),
 *   each line read once:
 *     1. a label/value table (layout.ts): its value cells, then only the labels of values that
 *        do not name themselves (a serial-shaped code, an OEM model);
 *     2. if a field is still missing: the free-standing lines ("Label: value", stickers), then
 *        the cells beside or under any label found;
 *     3. if still missing: the lines near what was found, or every line when nothing was.
 *   Weak lines where no grammar found a value are read again at a larger scale in the same
 *   calls as the next step (pass 1's labels, the value cells of passes 2 and 3)
 *   → label/value extraction with the grammars (extract.ts) → serial (and broken firmware,
 *   unknown-vendor MAC) glyphs re-read one by one and merged with the line reading, a model
 *   with two look-alikes side by side checked for a glyph read twice (glyphs.ts; started a
 *   round early, beside reads they do not depend on: glyph-readings.ts)
 *   → a serial one glyph short or long of the 15-character PA/ZA shape is dropped, not guessed.
 *
 * Faint lines (a page dimmed behind a dialog) wait for pass 3. On a recorder's System Info
 * screen this reads the value column and one label instead of every tab, menu entry and button,
 * which is where the time goes. Platform-free: the OCR engine and the QR decoder are injected.
 */
import { parseResetQr } from '../device/reset-qr';
import { checkField } from '../identity';
import { checkFirmware } from '../identity/firmware';
import { checkMac, UNKNOWN_VENDOR_FIT } from '../identity/mac';
import { padBox, unionBox } from './box';
import {
  findSpans,
  isComplete,
  needsLabel,
  readSpans,
  type ExtractedFields,
  type ValueSpan,
} from './extract';
import { GlyphReadings } from './glyph-readings';
import { mayHoldDoubledGlyph } from './glyphs';
import { toGray, type GrayImage } from './gray';
import { matchLabel } from './labels';
import { below, planReading, rightOf } from './layout';
import { prepareLine } from './prepare';
import { contrastIn } from './tone';
import { findTextLines, type TextLine } from './regions';
import { readStacked } from './read-stacked';
import type { Box, IdentifyOptions, IdentifyResult, OcrEngine, OcrLine, OcrWord, RgbaImage } from './types';

/**
 * Lines wider than this many heights are prose (instructions, disclaimers); even a firmware
 * line with its build date is ~35. They are still returned as regions, just not read.
 */
const MAX_ASPECT = 60;
/** More lines than this on one screen is a document, not a device screen: read the first ones. */
const MAX_LINES = 150;
/** Pass 3 reads lines within this many line heights of the fields already found. */
const NEAR = 6;
/** Lines with less than this share of the screen's strongest contrast are read last. */
const FAINT = 0.45;

/**
 * Values whose glyphs get a second, context-free reading (see glyphs.ts): labelled serials, whose
 * characters are unconstrained, the version word of a labelled firmware, whose seven-character
 * code mixes zeros and OEM letters, and a MAC only when its OUI is no recorder maker's (a hex
 * letter read as a digit in context, "a9" as "29"). Models have a grammar that repairs the same
 * confusions more safely (a model's letters read alone go wrong: V→4, F→E), so a model takes
 * from its glyph reading only a glyph the line reading emitted twice ("5016S" read as "5016S5",
 * "-I" as "-I1"): the glyph count settles that, and nothing else is changed.
 */
const REREAD: ReadonlySet<string> = new Set(['serial', 'firmware', 'mac', 'model']);

/** Whether `shorter` is `longer` with one character left out. */
function isOneDeletion(longer: string, shorter: string): boolean {
  if (longer.length !== shorter.length + 1) return false;
  let i = 0;
  while (i < shorter.length && longer[i] === shorter[i]) i++;
  return longer.slice(i + 1) === shorter.slice(i);
}
/**
 * The final choice leaves out serials one character short or long of the 15-character shape
 * (a wrong serial is worse than none). Not while deciding whether to read more lines: the glyph
 * re-read at the end often repairs exactly those.
 */
const FINAL = { dropMisCounted: true } as const;
/**
 * Value-like lines read with less confidence than this, in which no grammar found anything, get a
 * second reading at RETRY_HEIGHT (11 px text whose separators and glyphs touch at LINE_HEIGHT).
 */
const RETRY_BELOW = 0.5;
const RETRY_HEIGHT = 48;
/** The line reading stays as a fallback, worth a little less than the merged one. */
const FALLBACK_WEIGHT = 0.8;

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function aspect(line: TextLine): number {
  return line.box.width / Math.max(1, line.box.height);
}

async function findQr(
  image: RgbaImage,
  options: IdentifyOptions,
): Promise<{ qr: IdentifyResult['qr']; boxes: Box[] }> {
  if (!options.qr) return { qr: null, boxes: [] };
  let codes: { text: string; box: Box | null }[];
  try {
    codes = await options.qr.decode(image);
  } catch {
    // A QR decoder failure must not cost the technician the OCR result.
    return { qr: null, boxes: [] };
  }
  let qr: IdentifyResult['qr'] = null;
  for (const code of codes) {
    const parsed = parseResetQr(code.text);
    if (parsed && !qr) qr = { ...parsed, box: code.box };
  }
  // Any decoded code is an area of modules, not text: keep OCR out of it.
  const boxes = codes.flatMap((c) => (c.box ? [padBox(c.box, 8)] : []));
  return { qr, boxes };
}

/** Whether a line read on its own holds a value some grammar accepts. */
function yieldsField(line: OcrLine): boolean {
  const fields = readSpans(findSpans([line]));
  return Object.values(fields).some((f) => f !== null);
}

/** Reads text lines and keeps what it has read, so each line goes through tesseract once. */
class LineReader {
  readonly read = new Map<TextLine, OcrLine | null>();
  /** Lines already given their second reading (each gets one at most). */
  private readonly retried = new Set<TextLine>();

  constructor(
    private readonly gray: GrayImage,
    private readonly engine: OcrEngine,
    private readonly signal?: AbortSignal,
  ) {}

  unread(lines: readonly TextLine[]): TextLine[] {
    return lines.filter((l) => !this.read.has(l));
  }

  /**
   * Reads `lines` (those not read yet) and, in the same engine calls, gives the weakly read
   * value-like lines in which the grammars found nothing (`retry`) a second reading at a larger
   * scale: touching glyphs at small sizes come apart. A second reading replaces the first only
   * when a grammar accepts something in it, judged beside the rest of the screen (a serial only
   * counts beside its label). Each line gets one second reading at most.
   */
  async readAll(lines: readonly TextLine[], options: { retry?: boolean } = {}): Promise<void> {
    const todo = this.unread(lines);
    const weak = options.retry ? this.weak() : [];
    for (const l of weak) this.retried.add(l);
    const prepared = [
      ...todo.map((line) => prepareLine(this.gray, line.box)),
      ...weak.map((line) => prepareLine(this.gray, line.box, RETRY_HEIGHT)),
    ];
    const read = await readStacked(this.engine, prepared, { signal: this.signal });
    todo.forEach((line, i) => this.read.set(line, read[i] ?? null));
    weak.forEach((line, i) => {
      const again = read[todo.length + i];
      if (!again) return;
      const old = this.read.get(line)!;
      const withOld = this.fieldCount();
      this.read.set(line, again);
      if (!yieldsField(again) && this.fieldCount() <= withOld) this.read.set(line, old);
    });
  }

  /** These lines get no second reading (something else takes a second look at them). */
  skipRetry(lines: readonly TextLine[]): void {
    for (const l of lines) this.retried.add(l);
  }

  /** Read lines worth a second reading: weak, code-like, and no grammar found anything in them. */
  private weak(): TextLine[] {
    return [...this.read].flatMap(([source, ocr]) =>
      ocr &&
      !this.retried.has(source) &&
      ocr.confidence < RETRY_BELOW &&
      ocr.text.replace(/[^0-9A-Za-z]/g, '').length >= 8 &&
      !yieldsField(ocr)
        ? [source]
        : [],
    );
  }

  /** How many fields the lines read so far give. */
  private fieldCount(): number {
    return Object.values(readSpans(findSpans(this.lines()))).filter((f) => f !== null).length;
  }

  lines(): OcrLine[] {
    return [...this.read.values()].filter((l): l is OcrLine => l !== null);
  }

  /** The text line an OCR line came from. */
  sourceOf(line: OcrLine): TextLine | undefined {
    for (const [source, ocr] of this.read) if (ocr === line) return source;
    return undefined;
  }
}

/** Value cells of the labels read so far that name a field (not yet read). */
function valueCells(reader: LineReader, all: readonly TextLine[]): TextLine[] {
  const cells = new Set<TextLine>();
  for (const line of reader.lines()) {
    const match = matchLabel(line.text);
    if (!match) continue;
    const source = reader.sourceOf(line);
    if (!source) continue;
    // An inline value ("SN: 6G04…") is already read; the cells around it may hold it instead.
    for (const cell of [rightOf(all, source), below(all, source)])
      if (cell && !reader.read.has(cell)) cells.add(cell);
  }
  return [...cells];
}

/** Unread lines near the fields found so far, or every unread line when nothing was found. */
function nearFound(fields: ExtractedFields, unread: TextLine[]): TextLine[] {
  const boxes = Object.values(fields).flatMap((f) => (f?.box ? [f.box] : []));
  if (boxes.length === 0) return unread;
  const area = boxes.reduce((a, b) => unionBox(a, b));
  const reach = NEAR * Math.max(...boxes.map((b) => b.height));
  const zone = padBox(area, reach);
  return unread.filter(
    (l) =>
      l.box.x < zone.x + zone.width &&
      zone.x < l.box.x + l.box.width &&
      l.box.y < zone.y + zone.height &&
      zone.y < l.box.y + l.box.height,
  );
}

/**
 * The words worth a glyph reading among the value spans found so far: labelled serials, the
 * version word of a labelled firmware the grammar could not shape, a MAC whose OUI is no
 * recorder maker's. `boxes[i]` is word i's line.
 */
function glyphTargets(spans: readonly ValueSpan[]): {
  targets: ValueSpan[];
  words: OcrWord[];
  boxes: Box[];
  countOnly: Set<OcrWord>;
} {
  // A firmware the line reading already got into shape is left alone: its digits were repaired
  // by the grammar, and a glyph pass over a 20-character version costs more than it can fix.
  // Spans far from a code's length (a barcode read as bars, a sentence) are not worth a glyph pass.
  const targets = spans.filter((s) => {
    if (!REREAD.has(s.field)) return false;
    const text = s.words.map((w) => w.text).join(' ');
    // A MAC whose OUI is no recorder maker's (labelled or not: a MAC names itself): a hex
    // letter read as a digit in context ("a9" as "29"); read alone, the glyph is a letter again.
    if (s.field === 'mac') return checkMac(text.replace(/\s+/g, ''))?.fit === UNKNOWN_VENDOR_FIT;
    // A model only where a glyph may have been read twice: two look-alikes side by side.
    if (s.field === 'model')
      return s.words.length === 1 && checkField('model', text) !== null && mayHoldDoubledGlyph(text);
    if (!s.labelled) return false;
    if (s.field === 'firmware')
      return checkFirmware(text) === null && s.words.length > 0 && s.words[0]!.text.length <= 30;
    return isCodeLength(text);
  });
  const words: OcrWord[] = [];
  const boxes: Box[] = [];
  for (const span of targets) {
    // A firmware's build date is digits the grammar repairs; only its version word needs glyphs.
    for (const word of span.field === 'firmware' ? span.words.slice(0, 1) : span.words) {
      if (!words.includes(word)) {
        words.push(word);
        boxes.push(span.line.box);
      }
    }
  }
  const countOnly = new Set(targets.filter((s) => s.field === 'model').flatMap((s) => s.words));
  return { targets, words, boxes, countOnly };
}

/** 10–20 letters and digits: the length of a serial, give or take what OCR adds or drops. */
function isCodeLength(text: string): boolean {
  const compact = text.replace(/[^0-9A-Za-z]/g, '');
  return compact.length >= 10 && compact.length <= 20;
}

async function rereadCodes(lines: OcrLine[], glyphs: GlyphReadings): Promise<ExtractedFields> {
  const spans = findSpans(lines);
  const { targets, words, boxes, countOnly } = glyphTargets(spans);
  if (words.length === 0) return readSpans(spans, FINAL);
  const merged = await glyphs.of(words, boxes, countOnly);
  const byWord = new Map(words.map((w, i) => [w, merged[i]!]));
  for (const span of targets) {
    if (span.field !== 'model') continue;
    for (const w of span.words) if (!isOneDeletion(w.text, byWord.get(w)!.text)) byWord.set(w, w);
  }
  const rereadSpans: ValueSpan[] = targets.map((s) => ({
    ...s,
    words: s.words.map((w) => byWord.get(w) ?? w),
  }));
  const fallbacks: ValueSpan[] = spans.map((s) =>
    targets.includes(s) ? { ...s, weight: FALLBACK_WEIGHT } : s,
  );
  return readSpans([...rereadSpans, ...fallbacks], FINAL);
}

export async function identifyFromImage(
  image: RgbaImage,
  engine: OcrEngine,
  options: IdentifyOptions = {},
): Promise<IdentifyResult> {
  const { signal } = options;
  let reported = 0;
  const progress = (p: number): void => {
    // Monotonic, and 1 only once at the very end.
    const next = Math.min(p, 0.99);
    if (next > reported) {
      reported = next;
      options.onProgress?.(next);
    }
  };
  checkAbort(signal);
  progress(0.01);

  const { qr, boxes: qrBoxes } = await findQr(image, options);
  checkAbort(signal);
  progress(0.08);

  const gray = toGray(image);
  const found = findTextLines(gray, { exclude: qrBoxes });
  const regions = found.map((l) => l.box);
  progress(0.15);

  const readable = found.filter((l) => aspect(l) <= MAX_ASPECT).slice(0, MAX_LINES);
  // Faint text (a page dimmed behind a dialog, watermarks) is read last, only if still needed.
  const contrast = new Map(readable.map((l) => [l, contrastIn(gray, l.box)]));
  const strongest = Math.max(0, ...contrast.values());
  const plan = planReading(readable.filter((l) => contrast.get(l)! >= FAINT * strongest));
  const reader = new LineReader(gray, engine, signal);
  const extract = (): ExtractedFields => readSpans(findSpans(reader.lines()));
  const glyphs = new GlyphReadings(gray, engine, signal);
  // The glyph readings the lines read so far already call for, beside the next round's reads.
  const withGlyphsAhead = async (round: () => Promise<void>): Promise<void> => {
    const { words, boxes, countOnly } = glyphTargets(findSpans(reader.lines()));
    await Promise.all([glyphs.start(words, boxes, countOnly), round()]);
  };
  let fields: ExtractedFields = { model: null, serial: null, mac: null, firmware: null };

  if (plan.table) {
    // A label/value table: the values first. A model with a family name, a MAC and a firmware
    // say what they are; only a code that could be a serial (or an OEM model) needs its label.
    await reader.readAll(plan.table.values);
    checkAbort(signal);
    const needy = plan.table.values.flatMap((value) => {
      const ocr = reader.read.get(value);
      return ocr && needsLabel(ocr.text) ? [{ value, ocr }] : [];
    });
    // A serial-shaped value will get a glyph reading once its label says "serial": start it now,
    // beside the labels. A garbled value is read again with its label, before anything else: the
    // menus and buttons of pass 2 cannot hold a field the table already labels.
    const codes = needy.filter(({ ocr }) => isCodeLength(ocr.text));
    // Their glyph reading is the second look these codes get; a larger-scale line reading
    // as well would cost a serial's worth of LSTM for what the glyphs settle anyway.
    reader.skipRetry(codes.map(({ value }) => value));
    // Values that name themselves (a model's count check, an odd MAC) are known now as well.
    const named = glyphTargets(findSpans(reader.lines()));
    // A firmware cell cut after "Build Date:" has its date beside it (a wide gap split the cell)
    // or under it (the cell wrapped).
    const wrapped = plan.table.values.flatMap((value) => {
      const ocr = reader.read.get(value);
      if (!ocr || !/build\s*date\s*:?$/i.test(ocr.text.trim())) return [];
      return [rightOf(readable, value), below(readable, value)].filter((l): l is TextLine => l !== null);
    });
    await Promise.all([
      reader.readAll([...needy.map(({ value }) => plan.table!.labelOf.get(value)!), ...wrapped], {
        retry: true,
      }),
      // One glyph read for all of them: two stacks, not two per kind.
      glyphs.start(
        [...codes.flatMap(({ ocr }) => ocr.words), ...named.words],
        [...codes.flatMap(({ ocr }) => ocr.words.map(() => ocr.box)), ...named.boxes],
        named.countOnly,
      ),
    ]);
    checkAbort(signal);
    fields = extract();
    progress(0.5);
  }
  if (!isComplete(fields)) {
    // Free-standing lines hold "Label: value" (dialogs, stickers); then the cells next to labels.
    await reader.readAll(plan.table ? plan.free : plan.all);
    checkAbort(signal);
    await withGlyphsAhead(() => reader.readAll(valueCells(reader, readable), { retry: true }));
    checkAbort(signal);
    fields = extract();
    progress(0.65);
  }
  if (!isComplete(fields)) {
    await reader.readAll(nearFound(fields, reader.unread(readable)));
    checkAbort(signal);
    // Labels found in this pass may have their values in cells not read yet.
    await withGlyphsAhead(() => reader.readAll(valueCells(reader, readable), { retry: true }));
    checkAbort(signal);
  }
  progress(0.85);

  // Weak lines of the last pass that had no second reading yet (none when it had one).
  await reader.readAll([], { retry: true });
  checkAbort(signal);
  const lines = reader.lines();
  fields = await rereadCodes(lines, glyphs);
  checkAbort(signal);
  lines.sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x);
  options.onProgress?.(1);
  return { ...fields, qr, regions, lines };
}
