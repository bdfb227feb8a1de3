/**
 * The 24-hour window of the XML route: from the export, the file and the reset file support
 * returns are valid about a day, and only within the same ConfigTool session on a device that
 * has not rebooted (reference §4: the device's reset secret is presumably regenerated).
 */

export const EXPORT_VALIDITY_MS = 24 * 60 * 60 * 1000;

/** Below this, the reminder turns urgent. */
const URGENT_MS = 2 * 60 * 60 * 1000;

export interface ExportClock {
  validUntil: number;
  remainingMs: number;
  expired: boolean;
  reminders: string[];
}

/** `3 h 05 min`, `12 min`, `less than a minute`. */
export function formatRemaining(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${hours} h ${String(rest).padStart(2, '0')} min` : `${rest} min`;
}

export function exportClock(exportedAt: number, now: number): ExportClock {
  const validUntil = exportedAt + EXPORT_VALIDITY_MS;
  // A clock set behind the export time must not promise more than the full window.
  const remainingMs = Math.min(EXPORT_VALIDITY_MS, Math.max(0, validUntil - now));
  const expired = now >= validUntil;
  if (expired) {
    return {
      validUntil,
      remainingMs: 0,
      expired,
      reminders: [
        'The export is more than 24 hours old: a reset file for it will most likely be refused.',
        'Export a new XML file from ConfigTool, send that one to support, and mention that it replaces the earlier file.',
      ],
    };
  }
  const left = formatRemaining(remainingMs);
  const reminders = [
    'Keep ConfigTool open on this PC until the reset file is imported: closing it ends the session the file belongs to.',
    'Do not reboot or power off the recorder until then: its reset secret would change and the returned file would no longer match.',
    `Import the reset file support sends back before the window closes (about ${left} left).`,
  ];
  if (remainingMs < URGENT_MS) {
    reminders.unshift(
      `Only ${left} left: if support has not answered, call them or prepare to export again.`,
    );
  }
  return { validUntil, remainingMs, expired, reminders };
}
