/**
 * What the reset guide UI needs from whoever hosts it: the browser side panel today, the VS Code
 * webview later. The UI itself is platform-free Preact; each host implements this once
 * (Bitwarden-style: one interface per app service).
 */
import type { DevInitStatus } from '../shared/device/devinit';
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
  copyText(text: string): Promise<void>;
  saveTextFile(fileName: string, text: string, mime: string): Promise<void>;
}
