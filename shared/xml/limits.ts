/**
 * Bounds on what the inspector will read. A reset export is a few kilobytes (one device, maybe
 * an encrypted blob); anything near these limits is not one, and checking them before and during
 * parsing is what keeps a hostile or broken file from hanging the side panel.
 */
export const XML_LIMITS = {
  /** Bytes. Checked before anything is decoded. */
  maxBytes: 5 * 1024 * 1024,
  /** Element nesting depth, checked by a linear pre-scan before the parser runs. */
  maxDepth: 64,
  /** Elements in the whole file, checked by the same pre-scan. */
  maxElements: 20_000,
  /** Longer values are blobs (base64 descript): never scanned for serial / MAC shapes. */
  maxGrammarValueLength: 512,
} as const;
