/**
 * tesseract.js `blocks` output (recognize(..., { blocks: true })) as OcrLines. Both engines, the
 * side panel's and Node's, get this same JSON from the same wasm, so the conversion lives in the
 * core. Structural types only: the core does not import tesseract.js.
 */
import type { Box, OcrLine, OcrSymbol, OcrWord } from './types';

interface TessBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface TessSymbol {
  text: string;
  confidence: number;
  bbox: TessBox;
}

interface TessWord {
  text: string;
  confidence: number;
  bbox: TessBox;
  symbols?: TessSymbol[];
}

interface TessLine {
  text: string;
  confidence: number;
  bbox: TessBox;
  words: TessWord[];
}

export interface TesseractBlock {
  paragraphs: { lines: TessLine[] }[];
}

function box(b: TessBox): Box {
  return { x: b.x0, y: b.y0, width: b.x1 - b.x0, height: b.y1 - b.y0 };
}

/** Tesseract confidences are 0–100; ours are 0–1. */
function unit(confidence: number): number {
  return Math.min(1, Math.max(0, confidence / 100));
}

export function linesFromTesseractBlocks(blocks: readonly TesseractBlock[] | null | undefined): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words
          .filter((w) => w.text.trim() !== '')
          .map((w) => {
            const word: OcrWord = { text: w.text.trim(), confidence: unit(w.confidence), box: box(w.bbox) };
            const symbols = (w.symbols ?? []).map((s): OcrSymbol => ({
              text: s.text,
              confidence: unit(s.confidence),
              box: box(s.bbox),
            }));
            // Only when they spell the word: otherwise positions would not line up with its text.
            if (symbols.length > 0 && symbols.map((s) => s.text).join('') === word.text)
              word.symbols = symbols;
            return word;
          });
        if (words.length === 0) continue;
        lines.push({
          text: words.map((w) => w.text).join(' '),
          confidence: unit(line.confidence),
          box: box(line.bbox),
          words,
        });
      }
    }
  }
  return lines;
}
