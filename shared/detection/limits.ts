/**
 * Read limits for the detector. It runs on every page the user opens, in every frame, so
 * every read is bounded: a 2 MB article or a code page costs the same as a login page.
 */
export const LIMITS = {
  /** <script> elements looked at (src and, for inline ones, text). */
  scripts: 64,
  /** Inline executable scripts whose text is read. */
  inlineScripts: 8,
  /** Characters read from one inline script (a prefix; the markers sit near the top). */
  inlineCharsPerScript: 16 * 1024,
  /** Characters read from all inline scripts together. */
  inlineCharsTotal: 64 * 1024,
  /** img/link/iframe/a elements looked at, per tag. */
  assetsPerTag: 64,
  /** input/select/textarea/form/button elements looked at, per tag. */
  fieldsPerTag: 64,
  /** <option> elements looked at. */
  options: 32,
  /** <meta> elements looked at. */
  metas: 32,
  /** Characters kept from one attribute value. */
  attrChars: 512,
  /** Characters read from footer/copyright elements and meta text together. */
  footerChars: 2048,
  /** Characters kept from the title. */
  titleChars: 256,
  /** Script srcs the quick gate looks at. */
  gateScripts: 16,
  /** link hrefs the quick gate looks at. */
  gateLinks: 16,
} as const;
