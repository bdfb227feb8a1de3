/**
 * OCR bench: our identify pipeline against, in the same run and on the same screenshots,
 *   - a naive baseline: tesseract.js with its defaults recognising the whole screenshot file,
 *     its lines fed to the same label/value extraction and grammars;
 *   - the `tesseract` command line (PSM 3), when it is installed.
 * Exact match per field against the generator's ground truth, warm time per screenshot (from
 * file bytes to fields) and cold start. No pass/fail: it prints what it measured.
 *
 * BENCH_OCR_VERBOSE=1 lists every miss.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createWorker } from 'tesseract.js';
import { decodeImage } from '../node/image-file';
import { createNodeQrDecoder } from '../node/qr-decoder';
import { createNodeOcrEngine, localCorePath, localLangPath } from '../node/tesseract-engine';
import { parseResetQr } from '../shared/device/reset-qr';
import { comparisonKey } from '../shared/identity';
import { extractFields, type ExtractedFields } from '../shared/ocr/extract';
import { identifyFromImage } from '../shared/ocr/identify';
import { linesFromTesseractBlocks } from '../shared/ocr/tesseract-blocks';
import type { FieldName, OcrLine, QrDecoder, RgbaImage } from '../shared/ocr/types';
import { CORPUS_DIR, ensureCorpus, HELD_OUT_DIR } from './corpus/generate';

const run = promisify(execFile);
const FIELDS: readonly FieldName[] = ['serial', 'model', 'mac', 'firmware'];
const VERBOSE = process.env.BENCH_OCR_VERBOSE === '1';
/** For tuning runs: skip the baselines (the report then lacks their rows). */
const ONLY_OURS = process.env.BENCH_OCR_ONLY_OURS === '1';

interface Outcome {
  fields: Record<FieldName, string | null>;
  ms: number;
}

interface Tally {
  name: string;
  outcomes: Outcome[];
  coldMs: number | null;
  note?: string;
}

function values(fields: ExtractedFields): Record<FieldName, string | null> {
  return {
    model: fields.model?.value ?? null,
    serial: fields.serial?.value ?? null,
    mac: fields.mac?.value ?? null,
    firmware: fields.firmware?.value ?? null,
  };
}

/** Exact, after only the notation normalisation every consumer applies (MAC separators, case). */
function same(field: FieldName, got: string | null, truth: string | null): boolean {
  if (truth === null || got === null) return got === truth;
  if (field === 'mac') return comparisonKey('mac', got) === comparisonKey('mac', truth);
  return got.toUpperCase() === truth.toUpperCase();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? s[(s.length - 1) / 2]!
      : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
}

/** Lines of plain text (the tesseract CLI's output) as OcrLines, one under the other. */
function textLines(text: string): OcrLine[] {
  return text
    .split('\n')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t, i) => {
      const box = { x: 0, y: i * 40, width: t.length * 10, height: 20 };
      return {
        text: t,
        confidence: 0.9,
        box,
        words: t.split(/\s+/).map((w) => ({ text: w, confidence: 0.9, box })),
      };
    });
}

async function tesseractCli(): Promise<string | null> {
  try {
    const { stdout, stderr } = await run('tesseract', ['--version']);
    return (stdout || stderr).split('\n')[0]!.trim();
  } catch {
    return null;
  }
}

function pct(hit: number, of: number): string {
  return of === 0 ? '–' : `${((100 * hit) / of).toFixed(1)} % (${hit}/${of})`;
}

export async function benchOcr({ heldOut = false }: { heldOut?: boolean } = {}): Promise<string> {
  const dir = heldOut ? HELD_OUT_DIR : CORPUS_DIR;
  const corpus = await ensureCorpus(dir, (line) => console.error(line), heldOut);
  const files = corpus.map((e) => readFileSync(join(dir, e.file)));

  // Ours: cold start is the worker plus the first screenshot, as a technician's first click sees it.
  const qr = createNodeQrDecoder();
  let t = performance.now();
  const engine = createNodeOcrEngine();
  await engine.warmUp();
  const oursWorkerMs = performance.now() - t;
  // The same pipeline on one worker: what a one-core machine gets, and proof that the reading
  // does not depend on the worker count (same fields expected).
  t = performance.now();
  const single = createNodeOcrEngine({ workers: 1 });
  await single.warmUp();
  const singleWorkerMs = performance.now() - t;

  t = performance.now();
  const naive = await createWorker('eng', 1, {
    langPath: localLangPath(),
    corePath: localCorePath(),
    cacheMethod: 'none',
  });
  const naiveWorkerMs = performance.now() - t;

  const ours: Tally = {
    name: `This pipeline (region crops, stacked, PSM 6; ${engine.parallelism} tesseract workers)`,
    outcomes: [],
    coldMs: oursWorkerMs,
  };
  const oneWorker: Tally = { name: 'This pipeline on 1 worker', outcomes: [], coldMs: singleWorkerMs };
  const naiveTally: Tally = {
    name: 'Naive: tesseract.js defaults on the whole screenshot',
    outcomes: [],
    coldMs: naiveWorkerMs,
  };
  const decodeMs: number[] = [];
  let qrFound = 0;
  let qrExpected = 0;
  let qrFalse = 0;
  let qrMs = 0;

  try {
    // Alternate the two per screenshot so load from other processes hits both alike.
    for (const [i, entry] of corpus.entries()) {
      const bytes = files[i]!;
      t = performance.now();
      const image = await decodeImage(bytes, entry.file);
      const decoded = performance.now();
      const result = await identifyFromImage(image, engine);
      ours.outcomes.push({ fields: values(result), ms: performance.now() - t });
      decodeMs.push(decoded - t);
      if (i === 0) ours.coldMs! += ours.outcomes[0]!.ms;

      if (ONLY_OURS) {
        naiveTally.outcomes.push({
          fields: { model: null, serial: null, mac: null, firmware: null },
          ms: NaN,
        });
        oneWorker.outcomes.push({
          fields: { model: null, serial: null, mac: null, firmware: null },
          ms: NaN,
        });
        continue;
      }
      t = performance.now();
      const singleResult = await identifyFromImage(await decodeImage(bytes, entry.file), single);
      oneWorker.outcomes.push({ fields: values(singleResult), ms: performance.now() - t });
      if (i === 0) oneWorker.coldMs! += oneWorker.outcomes[0]!.ms;

      t = performance.now();
      const naiveResult = await naive.recognize(bytes, {}, { blocks: true, text: false });
      const naiveFields = extractFields(linesFromTesseractBlocks(naiveResult.data.blocks));
      naiveTally.outcomes.push({ fields: values(naiveFields), ms: performance.now() - t });
      if (i === 0) naiveTally.coldMs! += naiveTally.outcomes[0]!.ms;

      // QR decoding on its own, so the OCR timings above compare like with like.
      t = performance.now();
      const codes = await identifyQrOnly(await decodeImage(bytes, entry.file), qr);
      qrMs += performance.now() - t;
      if (entry.qr) qrExpected++;
      if (entry.qr && codes) qrFound++;
      if (!entry.qr && codes) qrFalse++;
    }
  } finally {
    await engine.terminate();
    await single.terminate();
    await naive.terminate();
  }

  const tallies: Tally[] = [ours, oneWorker, naiveTally];
  const cliVersion = await tesseractCli();
  if (cliVersion) {
    const cli: Tally = { name: `\`tesseract\` CLI (${cliVersion}, PSM 3)`, outcomes: [], coldMs: null };
    for (const entry of corpus) {
      t = performance.now();
      const { stdout } = await run('tesseract', [join(dir, entry.file), 'stdout', '--psm', '3'], {
        maxBuffer: 1 << 24,
      });
      cli.outcomes.push({ fields: values(extractFields(textLines(stdout))), ms: performance.now() - t });
    }
    cli.note = 'one process per screenshot, so every run is a cold start';
    tallies.push(cli);
  }

  const lines: string[] = [
    heldOut
      ? '## OCR on the held-out corpus (never used for tuning: other invented devices, styles dealt differently)'
      : '## OCR: reading model, serial, MAC and firmware from screenshots',
    '',
  ];
  const groups = [...new Set(corpus.map((e) => e.group))];
  lines.push(
    `Corpus: ${corpus.length} screenshots rendered by Chromium (${groups.map((g) => `${corpus.filter((e) => e.group === g).length} ${g}`).join(', ')}); ` +
      `fonts Liberation/DejaVu Sans, Serif, Mono, Narrow, Condensed; 11–20 px; device scale 0.75–2; light and dark; ` +
      `${corpus.filter((e) => e.file.endsWith('.jpg')).length} re-encoded as JPEG q60–90. Exact match against the generator's truth, over the screenshots that show the field; ` +
      `"wrong" counts values that are present but differ (or appear where the screenshot shows none).`,
    '',
  );
  lines.push(
    '| Method | Serial exact | Model exact | MAC exact | Firmware exact | Wrong values | Warm ms / screenshot (median · mean) | Cold start ms |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const tally of tallies) {
    const cells = FIELDS.map((field) => {
      const shown = corpus
        .map((e, i) => [e, tally.outcomes[i]!] as const)
        .filter(([e]) => e.truth[field] !== null);
      return pct(shown.filter(([e, o]) => same(field, o.fields[field], e.truth[field])).length, shown.length);
    });
    const wrong = corpus.reduce(
      (n, e, i) =>
        n +
        FIELDS.filter(
          (f) => tally.outcomes[i]!.fields[f] !== null && !same(f, tally.outcomes[i]!.fields[f], e.truth[f]),
        ).length,
      0,
    );
    const warm = tally.outcomes.slice(tally.coldMs === null ? 0 : 1).map((o) => o.ms);
    lines.push(
      `| ${tally.name} | ${cells.join(' | ')} | ${wrong} | ${median(warm).toFixed(0)} · ${mean(warm).toFixed(0)} | ${tally.coldMs === null ? `– (${tally.note})` : tally.coldMs.toFixed(0)} |`,
    );
  }
  if (!cliVersion) lines.push('', '`tesseract` CLI: not installed on this machine, so not measured.');
  const oursWarm = median(ours.outcomes.slice(1).map((o) => o.ms));
  const singleWarm = median(oneWorker.outcomes.slice(1).map((o) => o.ms));
  const naiveWarm = median(naiveTally.outcomes.slice(1).map((o) => o.ms));
  const differing = corpus.filter((_, i) =>
    FIELDS.some((f) => ours.outcomes[i]!.fields[f] !== oneWorker.outcomes[i]!.fields[f]),
  ).length;
  lines.push(
    '',
    `Warm time ratio (this pipeline / naive, medians): ${(oursWarm / naiveWarm).toFixed(2)} with ${engine.parallelism} workers, ${(singleWarm / naiveWarm).toFixed(2)} with one ` +
      `(tesseract.js's wasm is single-threaded: the pool reads each step's two stacks side by side; the naive baseline is one recognize call, which one worker runs). ` +
      `Screenshots where the two worker counts read different fields: ${differing}. ` +
      `Both start from the file's bytes: ours includes decoding (PNG: Node's zlib; JPEG: mozjpeg wasm; median ${median(decodeMs.slice(1)).toFixed(0)} ms), the naive run decodes inside tesseract's wasm. ` +
      `Cold start = worker creation + first screenshot; worker creation alone: ${oursWorkerMs.toFixed(0)} ms (ours, ${engine.parallelism} workers in parallel), ${singleWorkerMs.toFixed(0)} ms (one), ${naiveWorkerMs.toFixed(0)} ms (naive).`,
    `Reset QR (zxing-wasm, separate pass): decoded ${qrFound}/${qrExpected} forgot-password screens, ${qrFalse} false detections, ${(qrMs / corpus.length).toFixed(0)} ms per screenshot on average.`,
  );

  lines.push(
    '',
    '| Screenshot group | n | Serial: ours · naive | Model: ours · naive | MAC: ours · naive | Firmware: ours · naive | Median ms: ours · 1 worker · naive |',
    '|---|---:|---:|---:|---:|---:|---:|',
  );
  for (const group of groups) {
    const members = corpus.map((e, i) => [e, i] as const).filter(([e]) => e.group === group);
    const cell = (field: FieldName): string => {
      const shown = members.filter(([e]) => e.truth[field] !== null);
      if (shown.length === 0) return '–';
      const hits = (tally: Tally): number =>
        shown.filter(([e, i]) => same(field, tally.outcomes[i]!.fields[field], e.truth[field])).length;
      return `${hits(ours)}/${shown.length} · ${hits(naiveTally)}/${shown.length}`;
    };
    const ms = (tally: Tally): string =>
      median(members.filter(([, i]) => i > 0).map(([, i]) => tally.outcomes[i]!.ms)).toFixed(0);
    lines.push(
      `| ${group} | ${members.length} | ${FIELDS.map(cell).join(' | ')} | ${ms(ours)} · ${ms(oneWorker)} · ${ms(naiveTally)} |`,
    );
  }

  if (VERBOSE) {
    lines.push('', 'Misses:', '');
    for (const tally of ONLY_OURS ? [ours] : tallies) {
      corpus.forEach((e, i) => {
        for (const f of FIELDS) {
          const got = tally.outcomes[i]!.fields[f];
          if (!same(f, got, e.truth[f]))
            lines.push(
              `- ${tally.name.split(' (')[0]} ${e.file} (${e.description}) ${f}: got ${got} want ${e.truth[f]}`,
            );
        }
      });
    }
  }
  return lines.join('\n');
}

async function identifyQrOnly(image: RgbaImage, qr: QrDecoder): Promise<boolean> {
  return (await qr.decode(image)).some((c) => parseResetQr(c.text) !== null);
}

// `tsx bench/ocr.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  benchOcr().then(
    (markdown) => console.log(markdown),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
