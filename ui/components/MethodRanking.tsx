/** The methods ranked for this device and situation, each with the reasons for its place. */
import { getMethod } from '../../shared/knowledge/methods';
import type { RankedMethod } from '../../shared/knowledge/rank';
import type { MethodId } from '../../shared/knowledge/types';

const STATUS_LABEL = {
  recommended: 'Recommended',
  possible: 'Possible',
  unlikely: 'Unlikely to work',
  unavailable: 'Not available',
} as const;

interface Props {
  ranked: RankedMethod[];
  chosen: MethodId | null;
  onChoose: (method: MethodId) => void;
}

export function MethodRanking({ ranked, chosen, onChoose }: Props) {
  return (
    <section class="card" aria-label="Ways back in">
      <h3>Ways back in, best first</h3>
      <ol class="ranking">
        {ranked.map((r) => {
          const m = getMethod(r.method);
          return (
            <li
              key={r.method}
              class={`rank rank-${r.status}`}
              data-testid={`rank-${r.method}`}
              data-status={r.status}
            >
              <div class="rank-head">
                <strong>{m.title}</strong>
                <span class={`pill pill-${r.status}`}>{STATUS_LABEL[r.status]}</span>
              </div>
              <div class="muted">{`~${m.successRate.percent}% (a technician's blog, no data) · Estimate: ${m.timeToExpect}`}</div>
              <ul class="reasons">
                {r.reasons.map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
              {r.status !== 'unavailable' && (
                <button disabled={chosen === r.method} onClick={() => onChoose(r.method)}>
                  {chosen === r.method ? 'Following this method' : 'Follow this method'}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
