/**
 * The ConfigTool XML export in the guide: take the file (drop or picker), show what it says and
 * whether it is this device's, keep the original bytes with the case, and track the 24 h clock.
 * State lives in `useExport` (email/use-export.ts) so the support e-mail can attach the same file.
 */
import { formatBytes } from '../../shared/xml/problems';
import { ExportClockView } from './email/ExportClockView';
import { InspectionView } from './email/InspectionView';
import type { ExportState } from './email/use-export';

interface Props {
  state: ExportState;
  now: () => number;
  /** False where the host cannot keep files (then the file lives only while the panel is open). */
  canKeep: boolean;
}

export function XmlExport({ state, now, canKeep }: Props) {
  const { stored, inspection, candidate, busy, error } = state;
  const take = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (file) void state.pick(file);
  };

  return (
    <section class="card" aria-label="XML export" data-testid="xml-export">
      <h3>ConfigTool XML export</h3>
      <p class="muted">
        In ConfigTool: Password Reset → select the device → Reset → Reset Mode: XML File → Export. Then give
        the saved .xml file here; it is checked and kept, unchanged, until the case is done.
      </p>
      <div
        class="dropzone"
        data-testid="xml-drop"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          take(e.dataTransfer?.files);
        }}
      >
        <span>Drop the .xml file here, or </span>
        <label class="file-pick">
          choose it…
          <input
            type="file"
            data-testid="xml-file"
            accept=".xml,text/xml,application/xml"
            onChange={(e) => {
              const input = e.currentTarget;
              take(input.files);
              input.value = ''; // picking the same file again must run the check again
            }}
          />
        </label>
      </div>
      {!canKeep && <p class="muted">This window cannot keep files: the file stays only while it is open.</p>}
      {busy && (
        <p class="muted" role="status">
          Checking the file…
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      {candidate && (
        <div class="candidate" data-testid="xml-candidate">
          <h4>{`${candidate.name} (${formatBytes(candidate.size)}) was not kept`}</h4>
          <InspectionView inspection={candidate.inspection} testId="xml-candidate-inspection" />
          {stored && <p class="muted">{`The file kept before, ${stored.name}, is unchanged.`}</p>}
          <div class="actions">
            {candidate.pending && (
              <button data-testid="xml-keep-anyway" onClick={() => void state.keepCandidate()}>
                Keep it anyway (I know it is another device)
              </button>
            )}
            <button onClick={state.dismissCandidate}>Dismiss</button>
          </div>
        </div>
      )}

      {stored && inspection && (
        <div class="kept" data-testid="xml-kept" data-name={stored.name}>
          <h4>{`Kept: ${stored.name} (${formatBytes(stored.size)})`}</h4>
          <InspectionView inspection={inspection} testId="xml-inspection" />
          <ExportClockView
            exportedAt={stored.exportedAt}
            now={now}
            imported={stored.resultImported}
            onImported={(done) => void state.setImported(done)}
          />
          <div class="actions">
            <button data-testid="xml-remove" onClick={() => void state.remove()}>
              Remove this file
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
