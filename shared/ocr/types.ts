/**
 * Vocabulary of the OCR / identity-reading pipeline, shared by every front end.
 *
 * Images are plain RGBA buffers so the core stays platform-free: the side panel fills one from
 * a canvas, Node from a decoded PNG/JPEG. The OCR engine (tesseract.js) and the QR decoder
 * (zxing-wasm) are injected behind interfaces, created once and reused by each front end.
 */
import type { FieldName } from '../identity/fields';

/** Straight RGBA, 4 bytes per pixel, row-major. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** A rectangle in the pixels of the image it was found in. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface OcrWord {
  text: string;
  /** 0–1. */
  confidence: number;
  box: Box;
  /**
   * Per-character boxes when the engine gives them (tesseract.js `blocks` output does). Used to
   * tell a zero from a letter O by its width, which the LSTM gets wrong after letters.
   */
  symbols?: OcrSymbol[];
}

export interface OcrSymbol {
  text: string;
  /** 0–1. */
  confidence: number;
  box: Box;
}

export interface OcrLine {
  text: string;
  confidence: number;
  box: Box;
  words: OcrWord[];
}

export interface OcrOptions {
  /** Tesseract page segmentation mode: 6 block, 7 single line, 8 single word, 11 sparse text. */
  psm?: 6 | 7 | 8 | 11;
  /** Characters allowed; keep it mild (see reference §2.4). */
  whitelist?: string;
}

/** One reusable OCR worker (tesseract.js in a side panel, an offscreen page, or Node). */
export interface OcrEngine {
  /**
   * How many recognize calls it runs at once (one per tesseract worker; 1 when absent). Callers
   * with several lines to read split them into that many calls (read-stacked.ts).
   */
  readonly parallelism?: number;
  recognize(image: RgbaImage, options?: OcrOptions): Promise<{ lines: OcrLine[] }>;
  terminate(): Promise<void>;
}

/** Decodes QR codes in an image; returns the text of each code found. */
export interface QrDecoder {
  decode(image: RgbaImage): Promise<{ text: string; box: Box | null }[]>;
}

/** The identity fields; defined with their rules in shared/identity. */
export type { FieldName };

/** Where a value was read. Ordered by trust in the product spec: dom > challenge > ocr. */
export type FieldSource = 'dom' | 'challenge' | 'ocr' | 'qr' | 'xml' | 'user';

export interface FieldReading {
  value: string;
  /** 0–1. */
  confidence: number;
  source: FieldSource;
  /** Where in the image (OCR only). */
  box?: Box;
  /** What was read before validation and repair. */
  raw?: string;
  /** True when confusable characters were repaired by the field's grammar. */
  repaired?: boolean;
}

/** The reset QR's clear-text header (reference §3.3); the encrypted body is kept only as a length. */
export interface ResetQrInfo {
  /** 4 characters, meaning undocumented. */
  purpose: string;
  vendor: 'A1' | 'A2' | 'B1' | 'B2';
  /** Human wording of the vendor id, e.g. 'Dahua (non-Lechange)'. */
  vendorMeaning: string;
  /** 8 characters. */
  keyId: string;
  /** Length of the Base64 ciphertext; the ciphertext itself is never kept or sent. */
  bodyLength: number;
}

/** What `identifyFromImage` read from one screenshot or photo. */
export interface IdentifyResult {
  model: FieldReading | null;
  serial: FieldReading | null;
  mac: FieldReading | null;
  firmware: FieldReading | null;
  qr: (ResetQrInfo & { box: Box | null }) | null;
  /** Text-line regions found before OCR, in image pixels. */
  regions: Box[];
  /** Every line OCR returned, boxes in image pixels. */
  lines: OcrLine[];
}

export interface IdentifyOptions {
  /** When given, the image is also searched for the reset QR. */
  qr?: QrDecoder;
  /** Aborting rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
  /** 0–1, monotonic, 1 exactly once at the end. */
  onProgress?(progress: number): void;
}
