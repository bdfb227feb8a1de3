import { describe, expect, it } from 'vitest';
import { EXPORT_VALIDITY_MS, exportClock, formatRemaining } from '../../../../shared/xml/index';

const T0 = Date.UTC(2025, 2, 4, 10, 22, 33);
const H = 60 * 60 * 1000;

describe('exportClock', () => {
  it('just exported: about 24 h, with the three reminders', () => {
    const c = exportClock(T0, T0 + 60_000);
    expect(c).toMatchObject({
      validUntil: T0 + EXPORT_VALIDITY_MS,
      remainingMs: 24 * H - 60_000,
      expired: false,
    });
    expect(c.reminders).toHaveLength(3);
    expect(c.reminders.join(' ')).toMatch(/ConfigTool open/);
    expect(c.reminders.join(' ')).toMatch(/reboot/);
    expect(c.reminders.join(' ')).toMatch(/Import the reset file .* \(about 23 h 59 min left\)/);
  });

  it('under two hours left: an urgent reminder comes first', () => {
    const c = exportClock(T0, T0 + 23 * H);
    expect(c.remainingMs).toBe(H);
    expect(c.reminders[0]).toMatch(/^Only 1 h 00 min left/);
  });

  it('expired: tells the technician to export again', () => {
    const c = exportClock(T0, T0 + 25 * H);
    expect(c).toMatchObject({ remainingMs: 0, expired: true });
    expect(c.reminders.join(' ')).toMatch(/Export a new XML file/);
    expect(exportClock(T0, T0 + 24 * H).expired).toBe(true);
  });

  it('a clock behind the export time never promises more than 24 h', () => {
    expect(exportClock(T0, T0 - 5 * H).remainingMs).toBe(EXPORT_VALIDITY_MS);
  });

  it('formats durations', () => {
    expect(formatRemaining(30_000)).toBe('less than a minute');
    expect(formatRemaining(12 * 60_000)).toBe('12 min');
    expect(formatRemaining(3 * H + 5 * 60_000)).toBe('3 h 05 min');
  });
});
