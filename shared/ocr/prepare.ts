/**
 * One text line cut out of a capture and made easy for tesseract: dark ink on white, contrast
 * stretched, scaled so the line is LINE_HEIGHT pixels tall (an x-height of ~20–26 px, the
 * range LSTM reads best, reference §2.4), with a white border.
 */
import { clampBox } from './box';
import { cropGray } from './crop';
import type { GrayImage } from './gray';
import { resizeGray } from './resample';
import { darkOnLight, histogram, percentile, stretchContrast } from './tone';
import type { Box } from './types';

/** Height of a prepared line: capitals ~36 px, so lower case ~20–26 px. */
export const LINE_HEIGHT = 36;

export interface PreparedLine {
  image: GrayImage;
  /** The capture pixels that were cut out (the line box plus a little margin). */
  source: Box;
  /** Prepared pixels per capture pixel. */
  scale: number;
  inverted: boolean;
}

export function prepareLine(gray: GrayImage, line: Box, lineHeight = LINE_HEIGHT): PreparedLine {
  // One pixel around the box keeps anti-aliased edges; more would pull in the neighbour rows.
  const source = clampBox(
    { x: line.x - 2, y: line.y - 1, width: line.width + 4, height: line.height + 2 },
    gray.width,
    gray.height,
  );
  const crop = cropGray(gray, source);
  const { image: polar, inverted } = darkOnLight(crop);
  const h = histogram(polar);
  // Paper is the bright majority; the 70th percentile sits in it even for bold text.
  const toned = stretchContrast(polar, percentile(h, 0.02), percentile(h, 0.7));
  const scale = Math.min(6, Math.max(0.3, lineHeight / Math.max(1, line.height + 2)));
  const image = resizeGray(toned, toned.width * scale, toned.height * scale);
  return { image, source, scale, inverted };
}
