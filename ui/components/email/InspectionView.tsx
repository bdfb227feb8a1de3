/**
 * What the inspector found in an XML export: the device it names, where each value sat, and
 * every problem. A file from another device gets a loud red banner: sending it costs a day.
 * All values come from the file and are rendered as text only.
 */
import { FIELD_LABELS } from '../../../shared/identity/fields';
import { formatMac } from '../../../shared/identity/mac';
import type { ExportField, ExportInspection } from '../../../shared/xml';
import { splitProblems } from './export-problems';

const FIELD_LABEL: Record<ExportField, string> = {
  ...FIELD_LABELS,
  deviceName: 'Device name',
  timestamp: 'Time',
};

export function InspectionView({ inspection, testId }: { inspection: ExportInspection; testId: string }) {
  const { wrongDevice, listed } = splitProblems(inspection);
  return (
    <div data-testid={testId} data-ok={String(inspection.ok)} data-matches={inspection.matchesCase}>
      {wrongDevice.length > 0 && (
        <div class="warning warning-danger loud" role="alert" data-testid="xml-wrong-device">
          <strong>WRONG DEVICE — do not send this file.</strong>
          {wrongDevice.map((p) => (
            <p key={p.code}>{p.message}</p>
          ))}
        </div>
      )}
      {listed.map((p) => (
        <div
          key={p.code}
          class={`warning ${p.severity === 'error' ? 'warning-danger' : 'warning-caution'}`}
          role={p.severity === 'error' ? 'alert' : undefined}
          data-testid={`xml-problem-${p.code}`}
        >
          {p.message}
        </div>
      ))}
      {(inspection.serial || inspection.mac || inspection.model || inspection.deviceName) && (
        <dl class="identity" data-testid="xml-identity">
          {inspection.model && <Row label={FIELD_LABELS.model} value={inspection.model} id="model" />}
          {inspection.serial && <Row label={FIELD_LABELS.serial} value={inspection.serial} id="serial" />}
          {inspection.mac && <Row label={FIELD_LABELS.mac} value={formatMac(inspection.mac)} id="mac" />}
          {inspection.deviceName && <Row label="Name" value={inspection.deviceName} id="name" />}
        </dl>
      )}
      {inspection.matchesCase === 'yes' && (
        <p class="muted" data-testid="xml-matches">
          The file names this case's device.
        </p>
      )}
      {inspection.findings.length > 0 && (
        <details>
          <summary>{`Where the values were found (${inspection.findings.length})`}</summary>
          <ul class="findings" data-testid="xml-findings">
            {inspection.findings.map((f, i) => (
              <li key={i}>
                {`${FIELD_LABEL[f.field]}: ${f.field === 'mac' ? formatMac(f.value) : f.value}`}
                <span class="source">{`${f.path} (${f.how === 'value-grammar' ? 'recognised by its shape' : `by ${f.how} name`})`}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function Row({ label, value, id }: { label: string; value: string; id: string }) {
  return (
    <div class="identity-row">
      <dt>{label}</dt>
      <dd data-testid={`xml-${id}`}>{value}</dd>
    </div>
  );
}
