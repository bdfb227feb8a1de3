/**
 * The footer line: the model (and firmware, where that UI shows it) when the device is set
 * to show it, plus the OEM copyright. The detector and the OCR-free serial/model reader look
 * for this as DOM text.
 */
import { BRAND_STYLES } from '../brands';
import type { SimDevice } from '../devices';
import { esc } from './html';

export function deviceInfoText(device: SimDevice, withFirmware: boolean): string {
  const model = `Device Type: ${device.model}`;
  return withFirmware ? `${model}  |  Version: V${device.firmware}, Build Date: ${device.buildDate}` : model;
}

/** '' when there is nothing to show (Dahua's own pages have no copyright line). */
export function footerHtml(
  device: SimDevice,
  opts: { tag: 'div' | 'footer'; withFirmware: boolean },
): string {
  const parts: string[] = [];
  if (device.showModelOnLogin) {
    parts.push(
      `<span id="device_info" class="device-info">${esc(deviceInfoText(device, opts.withFirmware))}</span>`,
    );
  }
  const copyright = BRAND_STYLES[device.brand].copyright;
  if (copyright !== '') parts.push(`<span id="copyright" class="copyright">${esc(copyright)}</span>`);
  if (parts.length === 0) return '';
  return `<${opts.tag} id="footer" class="footer">${parts.join('\n  ')}</${opts.tag}>`;
}
