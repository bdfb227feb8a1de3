/**
 * The OCR benchmark corpus: screenshots rendered by headless Chromium (playwright-core) from the
 * recorder simulator's canvas-only local GUI and from the generated pages in ./pages.ts, with
 * the ground truth the generator drew. Several fonts, sizes 11–20 px, device scale 0.75–2,
 * light and dark, some re-encoded as JPEG q60–90 (what a remote-session viewer does).
 *
 * Cached in bench/.corpus/ (self-ignored by git); regenerated when the manifest is missing, stale
 * or a file is gone. Deterministic: the same corpus on every machine with the same fonts.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode as decodePng } from 'fast-png';
import jpeg from 'jpeg-js';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, ROOT } from '../../tests/e2e/harness/paths';
import { DEFAULT_DEVICES } from '../../tests/simulator/devices';
import { startSimulator } from '../../tests/simulator/server';
import { corpusDevice, type CorpusDevice } from './devices';
import {
  deviceListPage,
  dialogPage,
  infoTablePage,
  stickerPage,
  type CorpusPage,
  type PageStyle,
  type ShownFields,
} from './pages';

export const CORPUS_DIR = join(ROOT, 'bench', '.corpus');
/**
 * A second corpus the pipeline was never tuned on: the generated pages only (the simulator's
 * devices are fixed), with other invented devices and the fonts, sizes, scales, themes and JPEG
 * qualities dealt differently. It says whether the main corpus's figures are overfitted.
 */
export const HELD_OUT_DIR = join(ROOT, 'bench', '.corpus-held-out');
/** Device seeds and style rotation of the held-out corpus start here. */
const HELD_OUT_SEED = 5000;
/** Bump when the specs or pages change, so stale caches are rebuilt. */
const CORPUS_VERSION = 3;

export interface CorpusEntry {
  /** File name inside the corpus directory. */
  file: string;
  group: 'local-gui' | 'local-gui-qr' | 'web-info' | 'dialog' | 'sticker' | 'device-list';
  description: string;
  truth: ShownFields;
  /** Reset QR expected (forgot screens). */
  qr: boolean;
}

type Source =
  { kind: 'sim'; deviceId: string; screen: 'info' | 'forgot' } | { kind: 'html'; page: CorpusPage };

interface Spec {
  entry: Omit<CorpusEntry, 'file'>;
  source: Source;
  viewport: { width: number; height: number };
  scale: number;
  jpegQuality: number | null;
  /** For sim screens: the canvas size and theme in the URL. */
  theme?: 'light' | 'dark';
}

const FONTS: readonly [string, string][] = [
  ['Liberation Sans', '"Liberation Sans", Arial, sans-serif'],
  ['DejaVu Sans', '"DejaVu Sans", Verdana, sans-serif'],
  ['Liberation Serif', '"Liberation Serif", "Times New Roman", serif'],
  ['DejaVu Sans Mono', '"DejaVu Sans Mono", monospace'],
  ['Liberation Mono', '"Liberation Mono", "Courier New", monospace'],
  ['DejaVu Serif', '"DejaVu Serif", Georgia, serif'],
  ['Liberation Sans Narrow', '"Liberation Sans Narrow", sans-serif'],
  ['DejaVu Sans Condensed', '"DejaVu Sans", sans-serif; font-stretch:condensed'],
];

function simTruth(id: string): ShownFields {
  const d = DEFAULT_DEVICES.find((x) => x.id === id)!;
  return { model: d.model, serial: d.serial, mac: d.mac, firmware: `${d.firmware},build:${d.buildDate}` };
}

const NONE: ShownFields = { model: null, serial: null, mac: null, firmware: null };

type SimScreen = (
  id: string,
  screen: 'info' | 'forgot',
  w: number,
  h: number,
  theme: 'light' | 'dark',
  scale: number,
  q: number | null,
) => void;

function simulatorScreens(sim: SimScreen, ids: string[]): void {
  for (const id of ids) sim(id, 'info', 1920, 1080, 'dark', 1, null);
  for (const id of ids) sim(id, 'info', 1280, 1024, 'light', 1, null);
  for (const id of ids.slice(0, 3)) sim(id, 'info', 1920, 1080, 'light', 0.75, null);
  for (const id of ids.slice(3, 5)) sim(id, 'info', 1280, 1024, 'dark', 2, null);
  sim(ids[5]!, 'info', 1920, 1080, 'dark', 1, 60);
  sim(ids[6]!, 'info', 1280, 1024, 'light', 1, 75);
  sim(ids[1]!, 'info', 1920, 1080, 'dark', 1.25, 90);
  sim(ids[2]!, 'forgot', 1920, 1080, 'dark', 1, null);
  sim(ids[4]!, 'forgot', 1280, 1024, 'light', 1, 80);
}

function specs(heldOut: boolean): Spec[] {
  const out: Spec[] = [];
  const ids = DEFAULT_DEVICES.map((d) => d.id);
  const sim = (
    id: string,
    screen: 'info' | 'forgot',
    w: number,
    h: number,
    theme: 'light' | 'dark',
    scale: number,
    q: number | null,
  ): void => {
    out.push({
      entry: {
        group: screen === 'info' ? 'local-gui' : 'local-gui-qr',
        description: `simulator ${screen} ${id} ${w}×${h} ${theme} ×${scale}${q ? ` jpeg q${q}` : ''}`,
        truth: screen === 'info' ? simTruth(id) : NONE,
        qr: screen === 'forgot',
      },
      source: { kind: 'sim', deviceId: id, screen },
      viewport: { width: w, height: h },
      scale,
      jpegQuality: q,
      theme,
    });
  };
  // The simulator's devices are fixed: the held-out corpus has only generated pages.
  if (!heldOut) simulatorScreens(sim, ids);

  const html = (
    group: CorpusEntry['group'],
    build: (d: CorpusDevice, s: PageStyle, v: number) => CorpusPage,
    count: number,
    seedBase: number,
    viewport: { width: number; height: number },
  ): void => {
    const sizes = [11, 12, 13, 14, 15, 16, 18, 20];
    const scales = [1, 1.25, 1.5, 2, 0.75];
    for (let i = 0; i < count; i++) {
      const device = corpusDevice(seedBase + i);
      const [fontName, font] = FONTS[(i + seedBase) % FONTS.length]!;
      let size = sizes[(i * 3 + seedBase) % sizes.length]!;
      const scale = scales[(i + seedBase) % scales.length]!;
      // Below 14 CSS px at 0.75 the text is ~8 device px: unreadable to people as well.
      if (scale < 1 && size < 14) size = 14;
      const k = i + (heldOut ? 1 : 0);
      const theme = k % 2 === 0 ? 'light' : 'dark';
      const q = k % 3 === 2 ? [60, 70, 80, 90][k % 4]! : null;
      out.push({
        entry: {
          group,
          description: `${group} ${device.model} ${fontName} ${size}px ${theme} ×${scale}${q ? ` jpeg q${q}` : ''}`,
          truth: NONE,
          qr: false,
        },
        source: { kind: 'html', page: build(device, { font, size, theme }, i) },
        viewport,
        scale,
        jpegQuality: q,
      });
      const last = out[out.length - 1]!;
      last.entry.truth = last.source.kind === 'html' ? last.source.page.shows : NONE;
    }
  };
  // Held out: other seeds, and odd offsets so the font/size/scale rotations fall differently.
  const [a, b, c, d] = heldOut
    ? [HELD_OUT_SEED + 101, HELD_OUT_SEED + 203, HELD_OUT_SEED + 305, HELD_OUT_SEED + 407]
    : [100, 200, 300, 400];
  html('web-info', infoTablePage, 10, a, { width: 1280, height: 800 });
  html('dialog', dialogPage, 8, b, { width: 1280, height: 800 });
  html('sticker', stickerPage, 8, c, { width: 900, height: 700 });
  html('device-list', deviceListPage, 4, d, { width: 1366, height: 400 });
  return out;
}

function loadManifest(dir: string): CorpusEntry[] | null {
  const path = join(dir, 'manifest.json');
  if (!existsSync(path)) return null;
  try {
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { version: number; entries: CorpusEntry[] };
    if (manifest.version !== CORPUS_VERSION) return null;
    return manifest.entries.every((e) => existsSync(join(dir, e.file))) ? manifest.entries : null;
  } catch {
    return null;
  }
}

function toJpeg(png: Buffer, quality: number): Buffer {
  const decoded = decodePng(png);
  const rgba = new Uint8Array(decoded.width * decoded.height * 4);
  const channels = decoded.channels;
  for (let i = 0; i < decoded.width * decoded.height; i++) {
    for (let c = 0; c < 3; c++) rgba[i * 4 + c] = decoded.data[i * channels + c]!;
    rgba[i * 4 + 3] = 255;
  }
  return jpeg.encode({ width: decoded.width, height: decoded.height, data: rgba }, quality).data;
}

async function render(browser: Browser, spec: Spec, simOrigin: (id: string) => string): Promise<Buffer> {
  const context = await browser.newContext({ viewport: spec.viewport, deviceScaleFactor: spec.scale });
  try {
    const page = await context.newPage();
    if (spec.source.kind === 'sim') {
      const { width, height } = spec.viewport;
      const url = `${simOrigin(spec.source.deviceId)}/__sim/local-gui?screen=${spec.source.screen}&w=${width}&h=${height}&theme=${spec.theme}`;
      await page.goto(url, { waitUntil: 'load' });
    } else {
      await page.setContent(spec.source.page.html, { waitUntil: 'load' });
    }
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.screenshot({ type: 'png' });
  } finally {
    await context.close();
  }
}

/** The corpus entries, rendering them first when the cache is missing or stale. */
export async function ensureCorpus(
  dir = CORPUS_DIR,
  log: (line: string) => void = () => {},
  heldOut = dir === HELD_OUT_DIR,
): Promise<CorpusEntry[]> {
  const cached = loadManifest(dir);
  if (cached) return cached;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  // The cache is build output: keep it out of git without touching the root .gitignore.
  writeFileSync(join(dir, '.gitignore'), '*\n');
  const all = specs(heldOut);
  log(`Rendering the OCR corpus (${all.length} screenshots) into ${dir} …`);
  const sim = await startSimulator();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const entries: CorpusEntry[] = [];
  try {
    for (const [i, spec] of all.entries()) {
      const png = await render(browser, spec, (id) => sim.originOf(id));
      const ext = spec.jpegQuality ? 'jpg' : 'png';
      const file = `${String(i + 1).padStart(2, '0')}-${spec.entry.group}.${ext}`;
      writeFileSync(join(dir, file), spec.jpegQuality ? toJpeg(png, spec.jpegQuality) : png);
      entries.push({ file, ...spec.entry });
    }
  } finally {
    await browser.close();
    await sim.close();
  }
  writeFileSync(
    join(dir, 'manifest.json'),
    `${JSON.stringify({ version: CORPUS_VERSION, entries }, null, 2)}\n`,
  );
  return entries;
}
