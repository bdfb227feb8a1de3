/**
 * The XML export and the support e-mail together, for one case — or, on a Gmail / Outlook tab
 * without a case ("desk" mode), for support staff who never see the recorder and only have the
 * customer's XML. Holds the state both parts share: the kept file, its check, the settings.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CaseRecord } from '../../../shared/case/case';
import { formatExportedAt } from '../../../shared/email';
import { formatMac } from '../../../shared/identity/mac';
import type { GuideHost, WebmailTab } from '../../guide-host';
import { EmailSettings } from '../EmailSettings';
import { SupportEmail } from '../SupportEmail';
import { XmlExport } from '../XmlExport';
import { useEmailSettings } from './use-email-settings';
import { isWrongDevice } from './export-problems';
import { useExport } from './use-export';

/** Where the desk-mode file is kept: there is no case to keep it with. */
export const DESK_EXPORT_KEY = 'webmail-desk';
const SITE_REF_PREFIX = 'rrc.email.site-ref.';

interface Props {
  host: GuideHost;
  /** null: desk mode, shown only while the panel is on a webmail tab. */
  record: CaseRecord | null;
}

export function SupportKit({ host, record }: Props) {
  const webmail = useActiveWebmail(host);
  const key = record?.key ?? DESK_EXPORT_KEY;
  const identity = record?.identity ?? null;
  const state = useExport(host, key, {
    serial: identity?.serial ?? null,
    mac: identity?.mac ?? null,
    model: identity?.model ?? null,
  });
  const email = useEmailSettings(host.store);
  const [siteRef, setSiteRef] = useState('');
  const closed = !!record && record.closedAt !== null;

  // "Kept until the case is marked done": the export goes when the case is closed.
  useEffect(() => {
    if (closed && state.stored) void state.remove();
  }, [closed, state.stored]);

  useEffect(() => {
    let live = true;
    void host.store.get<string>(SITE_REF_PREFIX + key).then((v) => live && setSiteRef(v ?? ''));
    return () => {
      live = false;
    };
  }, [host, key]);

  if (!record && !webmail) return null;
  if (closed) {
    return (
      <p class="muted" data-testid="xml-case-done">
        Case done: its XML export was removed from this browser.
      </p>
    );
  }

  const { stored, inspection } = state;
  const vars = {
    model: identity?.model ?? inspection?.model ?? null,
    serial: identity?.serial ?? inspection?.serial ?? null,
    mac: formatMac(identity?.mac ?? inspection?.mac ?? null),
    firmware: identity?.firmware ?? inspection?.findings.find((f) => f.field === 'firmware')?.value ?? null,
    exportedAt: stored ? formatExportedAt(stored.exportedAt) : null,
    attachmentName: stored?.name ?? null,
  };
  const baseName = (vars.serial ?? 'device').replace(/[^0-9A-Za-z_-]/g, '_');

  // Folded away unless the case follows the XML route or already has a file: other routes
  // (QR, questions) do not need it, but it stays one click away.
  const open = !record || record.chosenMethod === 'xml-configtool' || !!stored || !!state.candidate;

  return (
    <details class="support-kit" open={open} data-testid="support-kit">
      <summary>XML export and e-mail to support</summary>
      {!record && (
        <section class="card" data-testid="webmail-desk">
          <h3>{`Reset request from this ${webmail?.kind === 'outlook' ? 'Outlook' : 'Gmail'} tab`}</h3>
          <p class="muted">
            Pick the customer's ConfigTool XML below: it is checked, then a compose in this tab gets the text
            and the file.
          </p>
        </section>
      )}
      <XmlExport state={state} now={() => host.now()} canKeep={!!host.saveExport} />
      {email.settings && (
        <>
          <SupportEmail
            host={host}
            settings={email.settings}
            onChoose={(c) => void email.choose(c)}
            vars={vars}
            file={stored ?? null}
            wrongDevice={isWrongDevice(inspection)}
            webmail={webmail}
            baseName={baseName}
            siteRef={siteRef}
            onSiteRef={(value) => {
              setSiteRef(value);
              void host.store.set(SITE_REF_PREFIX + key, value);
            }}
          />
          <EmailSettings settings={email.settings} onSave={(next) => email.save(next)} />
        </>
      )}
    </details>
  );
}

/** Whether the tab the panel follows is Gmail or Outlook; follows tab switches. */
function useActiveWebmail(host: GuideHost): WebmailTab | null {
  const [tab, setTab] = useState<WebmailTab | null>(null);
  useEffect(() => {
    if (!host.activeWebmail) return;
    let live = true;
    const look = () =>
      void host.activeWebmail!().then(
        (t) => live && setTab(t),
        () => live && setTab(null),
      );
    look();
    const stop = host.onDeviceChange(look);
    return () => {
      live = false;
      stop();
    };
  }, [host]);
  return tab;
}
