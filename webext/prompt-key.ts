import type { DetectionReport } from './messages';

/**
 * Storage key remembering that the technician dismissed the in-page prompt for one device.
 * Keyed by the most stable identity the page gave us: serial, else MAC, else origin.
 */
export function promptDismissKey(report: DetectionReport): string {
  const id =
    report.challenge?.serial ?? report.dom.serial ?? report.challenge?.mac ?? report.dom.mac ?? report.origin;
  return `prompt-dismissed:${id}`;
}
