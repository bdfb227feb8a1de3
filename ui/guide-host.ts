/**
 * What the reset guide UI needs from whoever hosts it: the browser side panel today, the VS Code
 * webview later. The UI itself is platform-free Preact; each host implements this once
 * (Bitwarden-style: one interface per app service).
 */
import type { DevInitStatus } from '../shared/device/devinit';
import type { Webmail } from '../shared/email';
import type { IdentifyResult } from '../shared/ocr/types';
import type { KeyValueStore } from '../shared/platform/services';
import type { Brand } from '../shared/knowledge/types';

/** A device the host detected (e.g. on the active tab), with where each value came from. */
export interface DetectedDevice {
  /** e.g. "Dahua NVR detected". */
  title: string;
  brand: Brand;
  origin: string;
  generation: string | null;
  model: string | null;
  serial: string | null;
  mac: string | null;
  firmware: string | null;
  /** Where each identity value came from, e.g. { serial: 'login challenge', model: 'page text' }. */
  sources: Partial<Record<'model' | 'serial' | 'mac' | 'firmware', string>>;
  /** The login challenge's realm hides the serial (2020+ firmware): ask for it. */
  serialHidden: boolean;
}

export interface DeviceReading {
  status: DevInitStatus | null;
  shown: Partial<Record<'model' | 'serial' | 'mac' | 'firmware', string>>;
}

/** What "Read this screen" is doing, for the progress indicator. */
export interface ReadScreenProgress {
  phase: 'permission' | 'capture' | 'engine' | 'reading';
  /** 0–1 within the phase; null when unknown. */
  fraction: number | null;
}

/** One screenshot read by OCR and the QR decoder. */
export interface ScreenReading {
  /** The screenshot as captured (PNG data URL), shown under the boxes; kept in memory only. */
  image: { dataUrl: string; width: number; height: number };
  /** Device pixels per CSS pixel of the captured page (device pixel ratio × page zoom). */
  scale: number;
  result: IdentifyResult;
  /** Measured, for the technician's curiosity and our benchmarks; never a pass/fail. */
  timings: { captureMs: number; engineStartMs: number | null; readMs: number };
}

export type ReadScreenProblem =
  'permission-denied' | 'capture-failed' | 'engine-failed' | 'read-failed' | 'cancelled';

export type ReadScreenOutcome =
  { ok: true; reading: ScreenReading } | { ok: false; problem: ReadScreenProblem; message: string };

/** A ConfigTool XML export kept with its case: the original bytes, never modified. */
export interface StoredExport {
  name: string;
  mime: string;
  size: number;
  bytes: Uint8Array;
  /** The file's own modification time (when ConfigTool wrote it), from the picker or drop. */
  lastModified: number;
  /** When the technician gave it to the guide. */
  addedAt: number;
  /** Start of the ~24 h validity window (reference §4): the file time, or when it was added. */
  exportedAt: number;
  /** The technician ticked "result file imported": the export has done its job. */
  resultImported: boolean;
}

/** A webmail tab the compose can go to. */
export interface WebmailTab {
  kind: Webmail;
  tabId: number;
  /** e.g. `outlook.office.com`: Outlook deeplinks must stay on the user's own host. */
  host: string;
}

export interface WebmailComposeRequest {
  kind: Webmail;
  /** Compose in this tab (the panel is on it); otherwise the host finds or opens one. */
  tabId?: number;
  /** The Outlook host (account type) chosen in the panel, for the new deeplink compose tab. */
  outlookHost?: string;
  to: string;
  subject: string;
  body: string;
  attachment: { name: string; mime: string; bytes: Uint8Array };
}

export type WebmailComposeOutcome =
  | { ok: true; tabId: number; chip: string; via: 'drop' | 'file-input' }
  | { ok: false; tabId: number | null; reason: string };

export interface GuideHost {
  store: KeyValueStore;
  now(): number;
  /** The device on the technician's current tab/screen, or null. */
  currentDevice(): Promise<DetectedDevice | null>;
  /** Calls back when the current device may have changed (tab switch, new detection). */
  onDeviceChange(listener: () => void): () => void;
  /**
   * Ask the detected device again, read-only: DevInit.getStatus (null when it does not answer)
   * and what its page shows now (a JS-rendered UI may show the model only after detection).
   */
  readDevice(): Promise<DeviceReading | null>;
  /**
   * Capture what the technician sees and read model, serial, MAC, firmware and the reset QR from
   * its pixels. Absent where the host cannot capture. Call it straight from a click handler: a
   * host that must ask for a permission does so before its first await, while the click still
   * counts as a user gesture.
   */
  readScreen?(options?: {
    signal?: AbortSignal;
    onProgress?(progress: ReadScreenProgress): void;
  }): Promise<ReadScreenOutcome>;
  copyText(text: string): Promise<void>;
  saveTextFile(fileName: string, text: string, mime: string): Promise<void>;
  /** Save bytes as a file the user gets (the XML for dragging into webmail, the .eml). */
  download?(fileName: string, bytes: Uint8Array, mime: string): Promise<void>;
  /** The XML export kept with a case; absent where the host cannot keep files. */
  loadExport?(caseKey: string): Promise<StoredExport | null>;
  saveExport?(caseKey: string, stored: StoredExport): Promise<void>;
  deleteExport?(caseKey: string): Promise<void>;
  /** Open a compose URL or mailto: link for the user (never fetched by us). */
  openUrl?(url: string): Promise<void>;
  /** Whether the tab the panel follows is Gmail or Outlook on the web. */
  activeWebmail?(): Promise<WebmailTab | null>;
  /** Fill a webmail compose with the e-mail and attach the file, confirmed by its chip. */
  composeInWebmail?(request: WebmailComposeRequest): Promise<WebmailComposeOutcome>;
  /** Bring a webmail tab to the front (after a compose there). */
  showTab?(tabId: number): Promise<void>;
}
