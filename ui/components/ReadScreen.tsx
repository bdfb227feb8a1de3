/**
 * "Read this screen": capture what the technician sees (the recorder's web page, its local GUI
 * through a remote-session client, a photo of the label) and read model, serial, MAC, firmware
 * and the reset QR from the pixels. The values are shown on the screenshot, editable and
 * copyable; nothing joins the case until the technician presses "Use these values".
 *
 * Everything read from the screen is rendered as text (Preact escapes it), never as HTML.
 */
import { useRef, useState } from 'preact/hooks';
import type { FieldName } from '../../shared/ocr/types';
import type { GuideHost, ReadScreenProblem, ReadScreenProgress, ScreenReading } from '../guide-host';
import type { CaseState } from '../use-case';
import { applyScreenValues, identityPatch, type ScreenValues } from './read-screen/apply';
import { FieldRow } from './read-screen/FieldRow';
import { QR_COLOR, READ_FIELDS } from './read-screen/fields';
import { QrNotice } from './read-screen/QrNotice';
import { ReadProgress } from './read-screen/ReadProgress';
import { ScreenshotView, type LabelledBox } from './read-screen/ScreenshotView';

type View =
  | { kind: 'idle' }
  | { kind: 'working'; progress: ReadScreenProgress }
  | { kind: 'failed'; problem: ReadScreenProblem; message: string }
  | { kind: 'done'; reading: ScreenReading; values: Record<FieldName, string>; applied: boolean };

interface Props {
  host: Pick<GuideHost, 'readScreen' | 'copyText'>;
  cases: Pick<CaseState, 'record' | 'update' | 'startManual'>;
}

function valuesOf(reading: ScreenReading): Record<FieldName, string> {
  const { result } = reading;
  return {
    model: result.model?.value ?? '',
    serial: result.serial?.value ?? '',
    mac: result.mac?.value ?? '',
    firmware: result.firmware?.value ?? '',
  };
}

export function ReadScreen({ host, cases }: Props) {
  const [view, setView] = useState<View>({ kind: 'idle' });
  const [note, setNote] = useState('');
  const running = useRef<AbortController | null>(null);
  const readScreen = host.readScreen;
  if (!readScreen) return null;

  const start = () => {
    const controller = new AbortController();
    running.current = controller;
    setNote('');
    setView({ kind: 'working', progress: { phase: 'permission', fraction: null } });
    // Called in the click's own call stack: the host asks for the capture permission before
    // its first await, while the click still counts as a user gesture.
    const reading = readScreen.call(host, {
      signal: controller.signal,
      onProgress: (progress) => setView((v) => (v.kind === 'working' ? { kind: 'working', progress } : v)),
    });
    void reading.then(
      (outcome) => {
        if (running.current !== controller) return;
        running.current = null;
        if (outcome.ok) {
          setView({
            kind: 'done',
            reading: outcome.reading,
            values: valuesOf(outcome.reading),
            applied: false,
          });
        } else if (outcome.problem === 'cancelled') {
          setView({ kind: 'idle' });
        } else {
          setView({ kind: 'failed', problem: outcome.problem, message: outcome.message });
        }
      },
      (error: unknown) => {
        running.current = null;
        setView({ kind: 'failed', problem: 'read-failed', message: String(error) });
      },
    );
  };

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setView({ kind: 'idle' });
  };

  const copy = (label: string, value: string) =>
    void host.copyText(value).then(
      () => setNote(`Copied ${label}.`),
      (e: unknown) => setNote(`Could not copy: ${String(e)}`),
    );

  const apply = (done: Extract<View, { kind: 'done' }>) => {
    const screen: ScreenValues = { values: done.values, qrVendor: done.reading.result.qr?.vendor ?? null };
    if (cases.record) {
      cases.update((r, now) => applyScreenValues(r, screen, now));
    } else {
      // No case on this tab yet: the reviewed values open one, keyed by the serial they carry.
      const brand = screen.qrVendor?.startsWith('A') ? { brand: 'Dahua' as const } : {};
      void cases.startManual({ ...brand, ...identityPatch(screen) }).then(() => {
        if (screen.qrVendor) cases.update((r, now) => applyScreenValues(r, screen, now));
      });
    }
    setView({ ...done, applied: true });
  };

  const working = view.kind === 'working';
  return (
    <section class="card" aria-label="Read this screen" data-testid="read-screen">
      <div style={{ display: 'flex', gap: '8px', alignItems: 'center', justifyContent: 'space-between' }}>
        <h3 style={{ margin: 0 }}>Read this screen</h3>
        <button type="button" data-testid="read-screen-button" disabled={working} onClick={start}>
          {view.kind === 'done' ? 'Read again' : 'Read this screen'}
        </button>
      </div>
      {view.kind === 'idle' && (
        <p class="muted" style={{ margin: '4px 0 0' }}>
          Reads model, serial, MAC, firmware and the reset QR from what this tab shows (the recorder's own
          screen through a remote session works too). Stays on this computer.
        </p>
      )}
      {working && <ReadProgress progress={view.progress} onCancel={cancel} />}
      {view.kind === 'failed' && (
        <p class="error" role="alert" data-testid="read-error" data-problem={view.problem}>
          {view.message}
        </p>
      )}
      {view.kind === 'done' && (
        <ReadResult
          view={view}
          hasCase={cases.record !== null}
          onChange={(field, value) =>
            setView({ ...view, values: { ...view.values, [field]: value }, applied: false })
          }
          onCopy={copy}
          onApply={() => apply(view)}
          onClose={() => setView({ kind: 'idle' })}
        />
      )}
      {note && (
        <p class="muted" role="status">
          {note}
        </p>
      )}
    </section>
  );
}

interface ResultProps {
  view: Extract<View, { kind: 'done' }>;
  hasCase: boolean;
  onChange: (field: FieldName, value: string) => void;
  onCopy: (label: string, value: string) => void;
  onApply: () => void;
  onClose: () => void;
}

function ReadResult({ view, hasCase, onChange, onCopy, onApply, onClose }: ResultProps) {
  const { reading, values, applied } = view;
  const { result, image, timings } = reading;
  const marks: LabelledBox[] = [];
  for (const { field, label, color } of READ_FIELDS) {
    const box = result[field]?.box;
    if (box) marks.push({ box, label, color });
  }
  if (result.qr?.box) marks.push({ box: result.qr.box, label: 'QR', color: QR_COLOR });
  const nothing = READ_FIELDS.every(({ field }) => result[field] === null) && result.qr === null;
  const anyValue = READ_FIELDS.some(({ field }) => values[field].trim() !== '');

  return (
    <div data-testid="read-result">
      <ScreenshotView
        dataUrl={image.dataUrl}
        width={image.width}
        height={image.height}
        regions={result.regions}
        marks={marks}
      />
      {nothing && (
        <p class="warning" role="alert" data-testid="read-nothing">
          No model, serial, MAC or firmware could be read on this screen. Open the recorder's System Info /
          Version page (or zoom in so the text is larger), then read again; or type the values from the label.
        </p>
      )}
      {result.qr && <QrNotice qr={result.qr} />}
      <dl class="identity">
        {READ_FIELDS.map(({ field, label, color }) => (
          <FieldRow
            key={field}
            field={field}
            label={label}
            color={color}
            reading={result[field]}
            value={values[field]}
            onChange={(value) => onChange(field, value)}
            onCopy={(value) => onCopy(label, value)}
          />
        ))}
      </dl>
      <div class="actions">
        <button type="button" data-testid="read-apply" disabled={!anyValue && !result.qr} onClick={onApply}>
          {hasCase ? 'Use these values' : 'Start a case with these values'}
        </button>
        <button type="button" class="link" onClick={onClose}>
          Close
        </button>
      </div>
      {applied && (
        <p class="muted" role="status" data-testid="read-applied">
          Added to the case. A value that disagrees with one the case already has is shown as a conflict in
          the device card, for you to choose.
        </p>
      )}
      <small class="muted" data-testid="read-timings">
        {`Captured in ${timings.captureMs} ms${timings.engineStartMs !== null ? `, text reader started in ${timings.engineStartMs} ms` : ''}, read in ${timings.readMs} ms (${image.width}×${image.height} px, scale ${reading.scale.toFixed(2)}).`}
      </small>
    </div>
  );
}
