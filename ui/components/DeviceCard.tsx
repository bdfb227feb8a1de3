/** The device this case is about: identity values, where each came from, and conflicts. */
import type { CaseRecord } from '../../shared/case/case';
import { IDENTITY_LABELS, type IdentityField } from '../../shared/case/identity';
import { DEVICE_FIELDS } from '../../shared/identity/fields';
import { brandProfile, OUT_OF_SCOPE_NOTE } from '../../shared/knowledge/brands';
import type { DetectedDevice } from '../guide-host';
import { conflictPrompt } from './conflict-prompt';

const SHOWN: readonly IdentityField[] = [...DEVICE_FIELDS, 'origin'];
const FIELDS = SHOWN.map((field) => [field, IDENTITY_LABELS[field]] as const);

interface Props {
  record: CaseRecord;
  detected: DetectedDevice | null;
  onEdit: (field: IdentityField, value: string) => void;
  onResolve: (field: IdentityField, choice: 'keep' | 'take') => void;
}

export function DeviceCard({ record, detected, onEdit, onResolve }: Props) {
  const profile = brandProfile(record.identity.brand);
  return (
    <section class="card" aria-label="Device">
      <h2 data-testid="device-title">
        {detected?.title ?? `${profile.displayName} device (entered by hand)`}
      </h2>
      <dl class="identity">
        {FIELDS.map(([field, label]) => {
          const value = record.identity[field];
          const source =
            record.identityOrigin[field] === 'user' ? 'entered by you' : sourceOf(field, detected);
          return (
            <div class="identity-row" key={field}>
              <dt>{label}</dt>
              <dd>
                <input
                  data-testid={`identity-${field}`}
                  value={value ?? ''}
                  placeholder={
                    field === 'serial' && detected?.serialHidden
                      ? 'hidden by firmware: type it from the label'
                      : '—'
                  }
                  onChange={(e) => onEdit(field, e.currentTarget.value)}
                  spellcheck={false}
                />
                {value && source && <small class="source">{source}</small>}
              </dd>
            </div>
          );
        })}
      </dl>
      {record.conflicts.map((c) => {
        const prompt = conflictPrompt(c);
        return (
          <div class="conflict" role="alert" key={c.field}>
            {prompt.text}
            <button onClick={() => onResolve(c.field, 'keep')}>{prompt.keep}</button>
            <button onClick={() => onResolve(c.field, 'take')}>{prompt.take}</button>
          </div>
        );
      })}
      <details class="brand-notes" data-testid="brand-notes">
        <summary>{`About ${profile.displayName} devices`}</summary>
        <ul>
          {profile.differences.map((n) => (
            <li key={n.text}>{n.text}</li>
          ))}
        </ul>
        <h4>Default passwords over time</h4>
        <ul>
          {profile.defaultCredentials.map((c) => (
            <li key={c.era}>
              <strong>{c.era}:</strong> {c.text}
              {c.unconfirmed ? ' (unconfirmed)' : ''}
            </li>
          ))}
        </ul>
        <p class="muted">{OUT_OF_SCOPE_NOTE}</p>
      </details>
    </section>
  );
}

function sourceOf(field: IdentityField, detected: DetectedDevice | null): string | null {
  if (!detected) return null;
  if (field === 'origin') return 'this tab';
  if (field === 'model' || field === 'serial' || field === 'mac' || field === 'firmware') {
    return detected.sources[field] ?? null;
  }
  return null;
}
