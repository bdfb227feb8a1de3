/**
 * The support e-mail: who gets it (the two Dahua reset addresses with why each, or the
 * distributor; the last choice is remembered), the subject and text from the settings'
 * template, a preview, and "compose in Gmail / Outlook" with the XML attached and confirmed.
 * When the automatic attach fails, the fallbacks open with the reason.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  composeRequest,
  isOutlookHost,
  OUTLOOK_HOSTS,
  PLACEHOLDERS,
  preferredRecipient,
  recipientOptions,
  SEND_CHECKLIST,
} from '../../shared/email';
import type { EmailSettings, OutlookHost, RecipientChoice, TemplateVars, Webmail } from '../../shared/email';
import type { GuideHost, StoredExport, WebmailComposeOutcome, WebmailTab } from '../guide-host';
import { Fallbacks } from './email/Fallbacks';
import { composeLabel, sendBlockedReason, WEBMAIL_NAME } from './email/send-rules';

interface Props {
  host: GuideHost;
  settings: EmailSettings;
  onChoose: (choice: RecipientChoice) => void;
  vars: TemplateVars;
  file: StoredExport | null;
  /** The kept file names another device (kept anyway): sending needs an extra confirmation. */
  wrongDevice: boolean;
  /** The webmail tab the panel is on, if any: compose goes there. */
  webmail: WebmailTab | null;
  /** For downloaded file names. */
  baseName: string;
  /** The site / ticket reference for the text, kept per case. */
  siteRef: string;
  onSiteRef: (value: string) => void;
}

const OUTLOOK_HOST_KEY = 'rrc.email.outlook-host';
const OUTLOOK_LABEL: Record<OutlookHost, string> = {
  'outlook.cloud.microsoft': 'Work or school (outlook.cloud.microsoft)',
  'outlook.office.com': 'Work or school, older address (outlook.office.com)',
  'outlook.office365.com': 'Work or school, older address (outlook.office365.com)',
  'outlook.live.com': 'Personal Outlook.com / Hotmail (outlook.live.com)',
};

type Status =
  { kind: Webmail; working: true } | { kind: Webmail; working: false; outcome: WebmailComposeOutcome };

export function SupportEmail({
  host,
  settings,
  onChoose,
  vars,
  file,
  wrongDevice,
  webmail,
  baseName,
  siteRef,
  onSiteRef,
}: Props) {
  const [choice, setChoice] = useState<RecipientChoice>(preferredRecipient(settings));
  const [outlookHost, setOutlookHost] = useState<OutlookHost>('outlook.cloud.microsoft');
  const [confirmed, setConfirmed] = useState(false);
  const [status, setStatus] = useState<Status | null>(null);

  useEffect(() => setChoice(preferredRecipient(settings)), [settings]);
  useEffect(() => {
    void host.store.get<string>(OUTLOOK_HOST_KEY).then((h) => h && isOutlookHost(h) && setOutlookHost(h));
  }, [host]);
  useEffect(() => {
    if (webmail?.kind === 'outlook' && isOutlookHost(webmail.host)) setOutlookHost(webmail.host);
  }, [webmail]);

  const request = composeRequest(
    settings,
    { ...vars, siteRef, attachmentName: file?.name ?? vars.attachmentName },
    choice,
  );
  const options = recipientOptions(settings);
  const unknown = request.missing.flatMap((m) => (m === 'recipient' ? [] : [PLACEHOLDERS[m]]));
  const blocked = sendBlockedReason({
    hasFile: !!file,
    to: request.to,
    wrongDevice,
    confirmedWrongDevice: confirmed,
  });

  const compose = async (kind: Webmail) => {
    if (!file || !host.composeInWebmail) return;
    setStatus({ kind, working: true });
    const outcome = await host.composeInWebmail({
      kind,
      ...(webmail?.kind === kind ? { tabId: webmail.tabId } : {}),
      outlookHost,
      to: request.to,
      subject: request.subject,
      body: request.body,
      attachment: { name: request.attachmentName, mime: file.mime, bytes: file.bytes },
    });
    setStatus({ kind, working: false, outcome });
  };
  const failed = !!status && !status.working && !status.outcome.ok;

  return (
    <section class="card" aria-label="Support e-mail" data-testid="support-email">
      <h3>E-mail to support</h3>
      <fieldset data-testid="email-recipients">
        <legend>Send to</legend>
        {options.map((o) => (
          <div key={o.choice} class="recipient">
            <label>
              <input
                type="radio"
                name="recipient"
                data-testid={`recipient-${o.choice}`}
                checked={choice === o.choice}
                disabled={o.address === null}
                onChange={() => {
                  setChoice(o.choice);
                  onChoose(o.choice);
                }}
              />{' '}
              {`${o.label}: ${o.address ?? 'not set (see e-mail settings)'}`}
            </label>
            <span class="source">{o.explanation}</span>
          </div>
        ))}
      </fieldset>
      <label>
        Site / ticket reference
        <input
          data-testid="email-site-ref"
          value={siteRef}
          onInput={(e) => onSiteRef(e.currentTarget.value)}
        />
      </label>

      <h4>Preview</h4>
      <dl class="identity" data-testid="email-preview">
        <div class="identity-row">
          <dt>To</dt>
          <dd data-testid="email-to">{request.to || '(no address)'}</dd>
        </div>
        <div class="identity-row">
          <dt>Subject</dt>
          <dd data-testid="email-subject">{request.subject}</dd>
        </div>
        <div class="identity-row">
          <dt>File</dt>
          <dd data-testid="email-attachment">{file ? request.attachmentName : '(none yet)'}</dd>
        </div>
      </dl>
      <pre class="email-body" data-testid="email-body">
        {request.body}
      </pre>
      {unknown.length > 0 && (
        <p class="warning warning-info">{`Not known yet: ${unknown.join('; ')}. Fill them in the case or settings, or edit the text in the compose.`}</p>
      )}
      <ul class="muted checklist">
        {SEND_CHECKLIST.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ul>

      {wrongDevice && file && (
        <label class="warning warning-danger">
          <input
            type="checkbox"
            data-testid="email-confirm-wrong-device"
            checked={confirmed}
            onChange={(e) => setConfirmed(e.currentTarget.checked)}
          />{' '}
          I know this file is from another device and want to send it anyway
        </label>
      )}
      {host.composeInWebmail && (
        <>
          <div class="actions">
            <button
              data-testid="compose-gmail"
              disabled={!!blocked || status?.working === true}
              onClick={() => void compose('gmail')}
            >
              {composeLabel('gmail', webmail)}
            </button>
            <button
              data-testid="compose-outlook"
              disabled={!!blocked || status?.working === true}
              onClick={() => void compose('outlook')}
            >
              {composeLabel('outlook', webmail)}
            </button>
          </div>
          {webmail?.kind !== 'outlook' && (
            <label>
              Outlook account
              <select
                data-testid="outlook-host"
                value={outlookHost}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  if (!isOutlookHost(value)) return;
                  setOutlookHost(value);
                  void host.store.set(OUTLOOK_HOST_KEY, value);
                }}
              >
                {OUTLOOK_HOSTS.map((h) => (
                  <option key={h} value={h}>
                    {OUTLOOK_LABEL[h]}
                  </option>
                ))}
              </select>
            </label>
          )}
        </>
      )}
      {blocked && <p class="muted">{blocked}</p>}
      {status?.working && (
        <p role="status" data-testid="compose-status" data-state="working">
          {`Filling a ${WEBMAIL_NAME[status.kind]} compose and attaching ${request.attachmentName}…`}
        </p>
      )}
      {status && !status.working && status.outcome.ok && (
        <div
          role="status"
          class="warning warning-info"
          data-testid="compose-status"
          data-state="attached"
          data-via={status.outcome.via}
        >
          <p>{`Ready in ${WEBMAIL_NAME[status.kind]}: recipient, subject and text filled, and the attachment is there ("${status.outcome.chip}").`}</p>
          <p>Review it, add the proof of ownership, and press Send there. Nothing was sent.</p>
          {host.showTab && (
            <button
              data-testid="compose-show"
              onClick={() => status.outcome.ok && void host.showTab!(status.outcome.tabId)}
            >
              Show the compose
            </button>
          )}
        </div>
      )}
      {status && !status.working && !status.outcome.ok && (
        <div role="alert" class="warning warning-danger" data-testid="compose-status" data-state="failed">
          {`${WEBMAIL_NAME[status.kind]}: ${status.outcome.reason}`}
        </div>
      )}
      {file && !blocked && (
        <Fallbacks
          host={host}
          request={request}
          file={file}
          outlookHost={outlookHost}
          suggested={failed}
          baseName={baseName}
        />
      )}
    </section>
  );
}
