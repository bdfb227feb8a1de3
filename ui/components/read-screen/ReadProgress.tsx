/** Progress while the screen is captured and read, with a way to stop. */
import type { ReadScreenProgress } from '../../guide-host';

const PHASE_TEXT: Record<ReadScreenProgress['phase'], string> = {
  permission: 'Waiting for permission to capture the screen…',
  capture: 'Capturing the screen…',
  engine: 'Starting the text reader (first read only)…',
  reading: 'Reading the screenshot…',
};

export function ReadProgress({ progress, onCancel }: { progress: ReadScreenProgress; onCancel: () => void }) {
  const { phase, fraction } = progress;
  return (
    <div role="status" aria-live="polite" data-testid="read-progress" data-phase={phase}>
      <span>{PHASE_TEXT[phase]}</span>
      <div style={{ display: 'flex', gap: '6px', alignItems: 'center' }}>
        {fraction === null ? (
          <progress style={{ flex: 1 }} />
        ) : (
          <progress style={{ flex: 1 }} value={fraction} max={1} />
        )}
        {(phase === 'engine' || phase === 'reading') && (
          <button type="button" onClick={onCancel}>
            Stop
          </button>
        )}
      </div>
    </div>
  );
}
