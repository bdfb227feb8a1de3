import { describe, expect, it } from 'vitest';
import { linesFromTesseractBlocks } from '../../../../shared/ocr/tesseract-blocks';

const bbox = (x0: number, y0: number, x1: number, y1: number) => ({ x0, y0, x1, y1 });

describe('linesFromTesseractBlocks', () => {
  it('turns blocks → paragraphs → lines → words into OcrLines with 0–1 confidences', () => {
    const lines = linesFromTesseractBlocks([
      {
        paragraphs: [
          {
            lines: [
              {
                text: 'SN: AB12\n',
                confidence: 90,
                bbox: bbox(0, 0, 100, 20),
                words: [
                  {
                    text: 'SN:',
                    confidence: 95,
                    bbox: bbox(0, 0, 30, 20),
                    symbols: [
                      { text: 'S', confidence: 99, bbox: bbox(0, 0, 10, 20) },
                      { text: 'N', confidence: 98, bbox: bbox(10, 0, 20, 20) },
                      { text: ':', confidence: 90, bbox: bbox(20, 0, 30, 20) },
                    ],
                  },
                  {
                    text: 'AB12',
                    confidence: 85,
                    bbox: bbox(40, 0, 100, 20),
                    symbols: [{ text: 'AB', confidence: 50, bbox: bbox(40, 0, 100, 20) }],
                  },
                  { text: ' ', confidence: 0, bbox: bbox(0, 0, 0, 0) },
                ],
              },
              { text: '', confidence: 0, bbox: bbox(0, 0, 0, 0), words: [] },
            ],
          },
        ],
      },
    ]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      text: 'SN: AB12',
      confidence: 0.9,
      box: { x: 0, y: 0, width: 100, height: 20 },
    });
    expect(lines[0]!.words[0]!.symbols?.map((s) => s.confidence)).toEqual([0.99, 0.98, 0.9]);
    // Symbols that do not spell the word are not kept: positions would not line up.
    expect(lines[0]!.words[1]!.symbols).toBeUndefined();
  });

  it('accepts an absent result', () => {
    expect(linesFromTesseractBlocks(null)).toEqual([]);
  });
});
