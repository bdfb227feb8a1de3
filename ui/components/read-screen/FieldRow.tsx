/** One value read from the screen: editable, with where it came from, how sure, and a copy button. */
import type { FieldReading } from '../../../shared/ocr/types';
import { percent, sourceLabel } from './fields';

interface Props {
  field: string;
  label: string;
  color: string;
  reading: FieldReading | null;
  value: string;
  onChange: (value: string) => void;
  onCopy: (value: string) => void;
}

export function FieldRow({ field, label, color, reading, value, onChange, onCopy }: Props) {
  const edited = reading !== null && value.trim() !== reading.value;
  return (
    <div class="identity-row" data-testid={`read-field-${field}`}>
      <dt style={{ borderLeft: `4px solid ${color}`, paddingLeft: '4px' }}>{label}</dt>
      <dd>
        <div style={{ display: 'flex', gap: '4px' }}>
          <input
            data-testid={`read-value-${field}`}
            value={value}
            placeholder="not found"
            spellcheck={false}
            onInput={(e) => onChange(e.currentTarget.value)}
          />
          <button
            type="button"
            title={`Copy ${label}`}
            disabled={value.trim() === ''}
            onClick={() => onCopy(value.trim())}
          >
            Copy
          </button>
        </div>
        {reading && (
          <small class="source" data-testid={`read-source-${field}`}>
            {`${sourceLabel(reading.source)}, ${percent(reading.confidence)} sure`}
            {reading.repaired && reading.raw ? ` · repaired from "${reading.raw}"` : ''}
            {edited ? ' · edited by you' : ''}
          </small>
        )}
      </dd>
    </div>
  );
}
