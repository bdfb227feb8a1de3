/**
 * "The recorder the helper is looking at". In the browser that is the active tab; in VS Code
 * it is the last recorder probed from the site PC. Kept in globalState (under a key the
 * webview cannot write) so the guide shows the same device after a reload.
 */
import type { Memento } from 'vscode';
import { deviceKindFromModel, describeDetection } from '../../shared/device/kind';
import { isBrand } from '../../shared/knowledge/brands';
import type { ProbeResult } from '../../shared/probe/types';
import type { DetectedDevice } from '../../ui/guide-host';

const KEY = 'resetCopilot.currentDevice';

export class CurrentDevice {
  private readonly listeners = new Set<() => void>();

  constructor(private readonly memento: Memento) {}

  get(): DetectedDevice | null {
    return this.memento.get<DetectedDevice>(KEY) ?? null;
  }

  /** Only a recorder confirmed as Dahua-made becomes the current device. */
  async setFromProbe(result: ProbeResult): Promise<boolean> {
    if (!result.dahua) return false;
    await this.memento.update(KEY, detectedFromProbe(result));
    this.fire();
    return true;
  }

  async clear(): Promise<void> {
    await this.memento.update(KEY, undefined);
    this.fire();
  }

  onDidChange(listener: () => void): { dispose(): void } {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private fire(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

export function detectedFromProbe(result: ProbeResult): DetectedDevice {
  const brand = result.brand && isBrand(result.brand) ? result.brand : 'Unknown';
  const sources: DetectedDevice['sources'] = {};
  if (result.serial) sources.serial = 'login challenge (realm)';
  if (result.mac) sources.mac = 'login challenge';
  if (result.model) sources.model = 'login page footer';
  if (result.firmware) sources.firmware = 'login page footer';
  return {
    title: describeDetection(result.brand, deviceKindFromModel(result.model)),
    brand,
    origin: result.address,
    generation: result.generation,
    model: result.model,
    serial: result.serial,
    mac: result.mac,
    firmware: result.firmware,
    sources,
    serialHidden: result.realmHidden ?? false,
  };
}
