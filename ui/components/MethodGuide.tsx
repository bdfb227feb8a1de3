/**
 * The chosen method as a checklist: requirements, what to expect, warnings, then the steps the
 * technician ticks through. Progress is saved per device by the caller on every tick.
 */
import type { CaseRecord } from '../../shared/case/case';
import { getMethod, stepsFor, variantFor } from '../../shared/knowledge/methods';
import { preventionChecklist } from '../../shared/knowledge/prevention';
import type { MethodId } from '../../shared/knowledge/types';
import { Sources } from './Sources';

interface Props {
  record: CaseRecord;
  method: MethodId;
  onToggle: (stepId: string, done: boolean) => void;
  formatTime: (at: number) => string;
}

export function MethodGuide({ record, method: id, onToggle, formatTime }: Props) {
  const method = getMethod(id);
  const device = { brand: record.identity.brand, family: record.facts.family };
  const variant = variantFor(method, device);
  const steps = stepsFor(method, device);
  const progress = record.progress[id];
  const doneCount = steps.filter((s) => progress[s.id]?.done).length;
  const finished = doneCount === steps.length && steps.length > 0;

  return (
    <section class="card" aria-label={method.title} data-testid="method-guide">
      <h3>{method.title}</h3>
      <p>{method.summary}</p>
      <p class="muted">{`Success: ~${method.successRate.percent}% per a technician's blog, no data (${method.successRate.note}) · Time (estimate): ${method.timeToExpect}`}</p>

      <h4>You need</h4>
      <ul>
        {method.requirements.map((r) => (
          <li key={r.id}>{r.text}</li>
        ))}
      </ul>

      {method.warnings.length > 0 && (
        <div class="warnings">
          {method.warnings.map((w) => (
            <div
              key={w.id}
              class={`warning warning-${w.severity}`}
              role={w.severity === 'danger' ? 'alert' : undefined}
            >
              {w.text}
              {w.inferred ? ' (our inference)' : ''}
              <Sources ids={w.sources} />
            </div>
          ))}
        </div>
      )}

      {variant && <p class="variant-note">{variant.note}</p>}
      <h4>{`Steps (${doneCount}/${steps.length})`}</h4>
      <ol class="steps">
        {steps.map((step) => {
          const p = progress[step.id];
          return (
            <li key={step.id} class={p?.done ? 'done' : ''}>
              <label>
                <input
                  type="checkbox"
                  data-testid={`step-${step.id}`}
                  checked={p?.done ?? false}
                  onChange={(e) => onToggle(step.id, e.currentTarget.checked)}
                />
                <span class="step-title">{step.title}</span>
              </label>
              {step.detail && <p class="step-detail">{step.detail}</p>}
              {p?.done && <small class="muted">{`done ${formatTime(p.at)}`}</small>}
              <Sources ids={step.sources} />
            </li>
          );
        })}
      </ol>

      {finished && (
        <div class="after" data-testid="prevention">
          {method.after && (
            <ul>
              {method.after.map((a) => (
                <li key={a}>{a}</li>
              ))}
            </ul>
          )}
          <h4>Before you leave the site</h4>
          <ul>
            {preventionChecklist.map((item) => (
              <li key={item.id}>
                <strong>{item.text}</strong> {item.why}
                <Sources ids={item.sources} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
