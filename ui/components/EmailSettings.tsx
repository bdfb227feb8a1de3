/**
 * E-mail settings: default recipient, the distributor's address, who signs, and the editable
 * subject and body templates with their placeholders. Saved only when valid; every error says
 * which field and why.
 */
import { useEffect, useState } from 'preact/hooks';
import { PLACEHOLDERS, PLACEHOLDER_NAMES } from '../../shared/email/placeholders';
import {
  defaultEmailSettings,
  recipientOptions,
  type EmailSettings as Settings,
  type SettingsError,
} from '../../shared/email/settings';

interface Props {
  settings: Settings;
  onSave: (next: Settings) => Promise<{ ok: boolean; errors: SettingsError[] }>;
}

export function EmailSettings({ settings, onSave }: Props) {
  const [draft, setDraft] = useState(settings);
  const [errors, setErrors] = useState<SettingsError[]>([]);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(settings), [settings]);

  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSaved(false);
    setDraft((d) => ({ ...d, [key]: value }));
  };
  const errorFor = (field: keyof Settings) =>
    errors
      .filter((e) => e.field === field)
      .map((e) => (
        <span key={e.message} class="error" role="alert">
          {e.message}
        </span>
      ));
  const text = (
    key: 'distributorAddress' | 'technicianName' | 'company' | 'subjectTemplate',
    label: string,
  ) => (
    <label>
      {label}
      <input
        data-testid={`email-setting-${key}`}
        value={draft[key]}
        onInput={(e) => set(key, e.currentTarget.value)}
      />
      {errorFor(key)}
    </label>
  );

  return (
    <details class="card" data-testid="email-settings">
      <summary>E-mail settings</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void onSave(draft).then((v) => {
            setErrors(v.errors);
            setSaved(v.ok);
          });
        }}
      >
        <fieldset>
          <legend>Default recipient</legend>
          {recipientOptions(draft).map((o) => (
            <label key={o.choice}>
              <input
                type="radio"
                name="default-recipient"
                checked={draft.recipient === o.choice}
                onChange={() => set('recipient', o.choice)}
              />{' '}
              {`${o.label}${o.address ? ` — ${o.address}` : ''}`}
            </label>
          ))}
          {errorFor('recipient')}
        </fieldset>
        {text('distributorAddress', "Distributor's e-mail address")}
        {text('technicianName', 'Your name')}
        {text('company', 'Company')}
        {text('subjectTemplate', 'Subject template')}
        <label>
          Message template
          <textarea
            data-testid="email-setting-bodyTemplate"
            rows={12}
            value={draft.bodyTemplate}
            onInput={(e) => set('bodyTemplate', e.currentTarget.value)}
          />
          {errorFor('bodyTemplate')}
        </label>
        <details>
          <summary>Placeholders</summary>
          <ul class="placeholders">
            {PLACEHOLDER_NAMES.map((name) => (
              <li key={name}>
                <code>{`{{${name}}}`}</code> {PLACEHOLDERS[name]}
              </li>
            ))}
          </ul>
        </details>
        <div class="actions">
          <button type="submit" data-testid="email-settings-save">
            Save settings
          </button>
          <button
            type="button"
            onClick={() => {
              const d = defaultEmailSettings();
              setDraft({ ...draft, subjectTemplate: d.subjectTemplate, bodyTemplate: d.bodyTemplate });
            }}
          >
            Default templates
          </button>
        </div>
        {saved && (
          <p class="muted" role="status">
            Saved.
          </p>
        )}
      </form>
    </details>
  );
}
