/** OcrLines as an engine would return them, for extraction tests without tesseract. */
import type { Box, OcrLine, OcrWord } from '../../../../shared/ocr/types';

/** A line at (x, y), 10 px per character, words split at spaces; optional per-word confidence. */
export function line(text: string, x: number, y: number, confidence = 0.95, height = 16): OcrLine {
  const words: OcrWord[] = [];
  let cx = x;
  for (const part of text.split(' ')) {
    if (part !== '') {
      const box: Box = { x: cx, y, width: part.length * 10, height };
      words.push({
        text: part,
        confidence,
        box,
        symbols: [...part].map((c, i) => ({
          text: c,
          confidence,
          box: { x: cx + i * 10, y, width: 9, height },
        })),
      });
    }
    cx += part.length * 10 + 10;
  }
  return { text, confidence, box: { x, y, width: cx - 10 - x, height }, words };
}
