/**
 * The OCR / identity-reading pipeline's public surface, for the side panel, the CLI and the bench.
 * Engines (tesseract.js) and QR decoders (zxing-wasm) are injected; see types.ts.
 */
export type * from './types';
export { identifyFromImage } from './identify';
export {
  extractFields,
  findSpans,
  isComplete,
  needsLabel,
  readSpans,
  FIELD_NAMES,
  type ExtractedFields,
  type ValueSpan,
} from './extract';
export { rereadByGlyph } from './glyphs';
export { below, planReading, rightOf, type ReadingPlan } from './layout';
export { resolveRoundGlyphs } from './round-glyphs';
export { matchLabel, type LabelMatch, type LabelName } from './labels';
export { findTextLines, findTextRegions, type TextLine, type FindLinesOptions } from './regions';
export { prepareLine, LINE_HEIGHT, type PreparedLine } from './prepare';
export { stackLines, unstackWords, type Stack, type StackSlot } from './stack';
export { createGray, grayToRgba, toGray, type GrayImage } from './gray';
export { cropGray, cropRgba, padGray } from './crop';
export { resizeGray, scaleGray } from './resample';
export {
  contrastIn,
  darkOnLight,
  hasLightText,
  histogram,
  invertGray,
  otsuThreshold,
  percentile,
  stretchContrast,
  thresholdGray,
} from './tone';
export {
  boxContains,
  clampBox,
  cssRectToImageBox,
  cssToImageScale,
  imageBoxToDisplay,
  intersects,
  padBox,
  scaleBox,
  unionBox,
  verticalOverlap,
  type ViewportScale,
} from './box';
export { encodePgm, encodePnm, encodePpm } from './pnm';
export { linesFromTesseractBlocks, type TesseractBlock } from './tesseract-blocks';
