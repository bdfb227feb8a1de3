/**
 * The reset guide: device → what the device reports → interview → ranked methods → the chosen
 * method's checklist → notes and summary; plus reading the screen, the XML export and the
 * support email. Rendered by the browser side panel and the VS Code webview; everything
 * platform-specific comes through `GuideHost`.
 */
import { useMemo } from 'preact/hooks';
import {
  chooseMethod,
  closeCase,
  mergeIdentity,
  reopenCase,
  resolveConflict,
  setNotes,
  setSituation,
  toggleStep,
} from '../shared/case/case';
import type { SituationKey } from '../shared/knowledge/facts';
import { rankMethods } from '../shared/knowledge/rank';
import { CaseTools } from './components/CaseTools';
import { DeviceCard } from './components/DeviceCard';
import { DeviceStatus } from './components/DeviceStatus';
import { SupportKit } from './components/email/SupportKit';
import { Interview } from './components/Interview';
import { ManualEntry } from './components/ManualEntry';
import { MethodGuide } from './components/MethodGuide';
import { MethodRanking } from './components/MethodRanking';
import { ReadScreen } from './components/ReadScreen';
import type { GuideHost } from './guide-host';
import { useCase } from './use-case';

const formatTime = (at: number) => new Date(at).toLocaleString();

export function App({ host }: { host: GuideHost }) {
  const state = useCase(host);
  const { record, detected, update } = state;
  const ranked = useMemo(() => (record ? rankMethods(record.facts, record.situation) : []), [record]);

  return (
    <main>
      <header class="top">
        <h1>Recorder Reset Copilot</h1>
      </header>
      {state.problems.length > 0 && (
        <div class="warning warning-caution" role="alert">
          {`Some saved data could not be read (${state.problems.map((p) => p.detail).join('; ')}). It was kept aside, not deleted.`}
        </div>
      )}

      {detected === undefined && <p class="muted">Looking at this tab…</p>}

      <ReadScreen host={host} cases={state} />

      {detected === null && !record && (
        <>
          <p data-testid="no-device">
            No recorder login page on this tab. Open the recorder's address, or enter the device by hand.
          </p>
          {/* Shown only on a Gmail / Outlook tab: support staff with a customer's XML. */}
          <SupportKit host={host} record={null} />
          {state.openCases.length > 0 && (
            <section class="card" aria-label="Open cases">
              <h3>Open cases</h3>
              <ul>
                {state.openCases.map((c) => (
                  <li key={c.key}>
                    <button class="link" onClick={() => void state.resume(c.key)}>
                      {`${c.identity.brand} ${c.identity.model ?? ''} ${c.identity.serial ?? c.identity.origin ?? ''}`.trim()}
                    </button>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <ManualEntry
            onStart={(e) =>
              void state.startManual({ brand: e.brand, model: e.model || null, serial: e.serial || null })
            }
          />
        </>
      )}

      {record && (
        <>
          {detected === null && (
            <button class="link" onClick={() => void state.leaveManual()}>
              ← Another device
            </button>
          )}
          <DeviceCard
            record={record}
            detected={detected ?? null}
            onEdit={(field, value) =>
              update((r, now) => mergeIdentity(r, { [field]: value.trim() || null }, 'user', now))
            }
            onResolve={(field, choice) => update((r, now) => resolveConflict(r, field, choice, now))}
          />
          {detected && <DeviceStatus status={state.deviceStatus} />}
          <Interview
            situation={record.situation}
            onAnswer={(key: SituationKey, value) =>
              update((r, now) => setSituation(r, { [key]: value }, now))
            }
          />
          <MethodRanking
            ranked={ranked}
            chosen={record.chosenMethod}
            onChoose={(m) => update((r, now) => chooseMethod(r, m, now))}
          />
          {record.chosenMethod && (
            <MethodGuide
              record={record}
              method={record.chosenMethod}
              formatTime={formatTime}
              onToggle={(stepId, done) =>
                update((r, now) => toggleStep(r, r.chosenMethod!, stepId, now, done))
              }
            />
          )}
          <SupportKit host={host} record={record} />
          <CaseTools
            record={record}
            now={() => host.now()}
            onNotes={(notes) => update((r, now) => setNotes(r, notes, now))}
            onClose={() => update((r, now) => closeCase(r, now))}
            onReopen={() => update((r, now) => reopenCase(r, now))}
            copyText={(t) => host.copyText(t)}
            saveTextFile={(n, t, m) => host.saveTextFile(n, t, m)}
          />
        </>
      )}
    </main>
  );
}
