/** Notes, the Markdown case summary for the ticket (copy or download), and closing the case. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaseRecord } from '../../shared/case/case';
import { caseSummaryMarkdown } from '../../shared/case/summary';

interface Props {
  record: CaseRecord;
  now: () => number;
  onNotes: (notes: string) => void;
  onClose: () => void;
  onReopen: () => void;
  copyText: (text: string) => Promise<void>;
  saveTextFile: (name: string, text: string, mime: string) => Promise<void>;
}

const NOTES_SAVE_DELAY_MS = 400;

export function CaseTools({ record, now, onNotes, onClose, onReopen, copyText, saveTextFile }: Props) {
  const [notes, setNotes] = useState(record.notes);
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  // Another device's case was loaded: show its notes.
  useEffect(() => setNotes(record.notes), [record.key]);

  const flush = (value: string) => {
    clearTimeout(timer.current);
    onNotes(value);
  };
  const fileName = `reset-case-${(record.identity.serial ?? record.key).replace(/[^0-9A-Za-z_-]/g, '_')}.md`;

  return (
    <section class="card" aria-label="Case">
      <h3>Notes</h3>
      <textarea
        data-testid="notes"
        value={notes}
        rows={4}
        placeholder="Site, ticket number, what you tried…"
        onInput={(e) => {
          const value = e.currentTarget.value;
          setNotes(value);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => onNotes(value), NOTES_SAVE_DELAY_MS);
        }}
        onBlur={() => flush(notes)}
      />
      <div class="actions">
        <button
          data-testid="copy-summary"
          onClick={() =>
            void copyText(caseSummaryMarkdown(record, now())).then(
              () => setMessage('Case summary copied as Markdown.'),
              (e: unknown) => setMessage(`Could not copy: ${String(e)}. Use Download instead.`),
            )
          }
        >
          Copy summary
        </button>
        <button
          data-testid="download-summary"
          onClick={() =>
            void saveTextFile(fileName, caseSummaryMarkdown(record, now()), 'text/markdown').then(
              () => setMessage(`Saved ${fileName}.`),
              (e: unknown) => setMessage(`Could not save: ${String(e)}`),
            )
          }
        >
          Download .md
        </button>
        {record.closedAt === null ? (
          <button onClick={onClose}>Mark case done</button>
        ) : (
          <button onClick={onReopen}>Reopen case</button>
        )}
      </div>
      {message && (
        <p class="muted" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
