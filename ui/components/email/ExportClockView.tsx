/**
 * The 24-hour window after a ConfigTool XML export (reference §4): how long is left, what not
 * to do meanwhile, and the last step — importing the reset file support sends back.
 */
import { useEffect, useState } from 'preact/hooks';
import { exportClock, formatRemaining } from '../../../shared/xml';

const TICK_MS = 30_000;

interface Props {
  exportedAt: number;
  now: () => number;
  imported: boolean;
  onImported: (done: boolean) => void;
}

export function ExportClockView({ exportedAt, now, imported, onImported }: Props) {
  const [at, setAt] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setAt(now()), TICK_MS);
    return () => clearInterval(timer);
  }, [now]);
  const clock = exportClock(exportedAt, at);

  return (
    <div data-testid="xml-clock" data-expired={String(clock.expired)}>
      <h4>The 24-hour window</h4>
      <p>
        {clock.expired
          ? `Expired at ${new Date(clock.validUntil).toLocaleString()}.`
          : `Exported ${new Date(exportedAt).toLocaleString()}; valid until about ${new Date(clock.validUntil).toLocaleString()} (${formatRemaining(clock.remainingMs)} left).`}
      </p>
      {!imported && (
        <ul
          class={clock.expired ? 'warning warning-danger reminders' : 'warning reminders'}
          data-testid="xml-reminders"
        >
          {clock.reminders.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <h4>When support answers</h4>
      <ol class="steps">
        <li>Save the reset file from support's reply (do not open or edit it).</li>
        <li>In the same ConfigTool window: Password Reset → the same device → Import → pick that file.</li>
        <li>Set the new password when ConfigTool asks, and write it down for the owner.</li>
      </ol>
      <label>
        <input
          type="checkbox"
          data-testid="xml-imported"
          checked={imported}
          onChange={(e) => onImported(e.currentTarget.checked)}
        />{' '}
        The reset file is imported and the new password works
      </label>
    </div>
  );
}
