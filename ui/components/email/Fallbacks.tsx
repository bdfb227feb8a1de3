/**
 * The ways to send the request when the webmail driver cannot attach the file, in the order to
 * try them (issue 5):
 * 1. a compose page with the text filled in + the XML downloaded + the full text on the
 *    clipboard, with instructions to drag the file in;
 * 2. an .eml draft with the XML attached, for desktop mail clients;
 * 3. a mailto: link (the file must then be attached by hand).
 * Each is a button because clipboard writes and opening tabs need the user's click.
 */
import { useState } from 'preact/hooks';
import { buildEml, gmailComposeUrl, mailtoUrl, outlookComposeUrl } from '../../../shared/email';
import type { ComposedRequest, OutlookHost } from '../../../shared/email';
import type { GuideHost, StoredExport } from '../../guide-host';

interface Props {
  host: GuideHost;
  request: ComposedRequest;
  file: StoredExport;
  outlookHost: OutlookHost;
  /** The driver just failed: open this section and say to start at step 1. */
  suggested: boolean;
  /** Prefix for downloaded file names, e.g. the serial. */
  baseName: string;
}

export function Fallbacks({ host, request, file, outlookHost, suggested, baseName }: Props) {
  const [message, setMessage] = useState<{ text: string; steps?: string[] } | null>(null);
  const fields = { to: request.to, subject: request.subject, body: request.body };
  const mailto = mailtoUrl(fields);
  const download = host.download ? host.download.bind(host) : undefined;

  const composePage = async (kind: 'gmail' | 'outlook') => {
    const link = kind === 'gmail' ? gmailComposeUrl(fields) : outlookComposeUrl(fields, outlookHost);
    const label = kind === 'gmail' ? 'Gmail' : 'Outlook';
    const done: string[] = [];
    // The clipboard first: it needs this window to have focus, which the new tab takes away.
    try {
      await host.copyText(request.body);
      done.push('The full message text is on the clipboard.');
    } catch (e) {
      done.push(`Could not copy the text (${String(e)}): copy it from the preview above.`);
    }
    if (download) {
      await download(request.attachmentName, file.bytes, file.mime);
      done.push(`${request.attachmentName} was downloaded, unchanged.`);
    }
    await openUrl(host, link.url);
    setMessage({
      text: `${label} compose page opened. ${done.join(' ')}`,
      steps: [
        `Drag ${request.attachmentName} from the browser's downloads into the ${label} compose (or use its paperclip and pick it from Downloads).`,
        link.truncated
          ? 'The text in the compose was shortened to fit the link: select it and paste (Ctrl+V) the full text from the clipboard.'
          : 'Check the recipient, the subject and the text; paste (Ctrl+V) the text if the body is empty.',
        'Attach the proof of ownership (invoice, label photo), then press Send.',
      ],
    });
  };

  const eml = async () => {
    if (!download) return;
    try {
      const raw = buildEml({
        to: request.to,
        subject: request.subject,
        body: request.body,
        attachment: { name: request.attachmentName, bytes: file.bytes, mime: file.mime },
      });
      const name = `${baseName}-support-request.eml`;
      await download(name, new TextEncoder().encode(raw), 'message/rfc822');
      setMessage({
        text: `${name} was downloaded: a draft with the XML attached.`,
        steps: [
          'Open it with Outlook (desktop), Thunderbird or Apple Mail: it opens as a draft ready to send (Outlook: verify it opens editable; if not, use Forward).',
          'Attach the proof of ownership, check the recipient, then send.',
          'Gmail and Outlook on the web cannot open .eml files: use step 1 there.',
        ],
      });
    } catch (e) {
      setMessage({ text: `Could not build the .eml: ${String(e)}` });
    }
  };

  return (
    <details
      class="card fallbacks"
      open={suggested}
      data-testid="email-fallbacks"
      data-suggested={String(suggested)}
    >
      <summary>
        {suggested
          ? 'Automatic attach failed — send it one of these ways, in this order'
          : 'Other ways to send'}
      </summary>
      <ol class="steps">
        <li>
          <strong>Compose page + file + clipboard.</strong> Opens a compose with the text filled in, downloads
          the XML and copies the full text; you drag the file in.
          <div class="actions">
            <button
              data-testid="fallback-gmail"
              disabled={!download}
              onClick={() => void composePage('gmail')}
            >
              Gmail
            </button>
            <button
              data-testid="fallback-outlook"
              disabled={!download}
              onClick={() => void composePage('outlook')}
            >
              Outlook on the web
            </button>
          </div>
        </li>
        <li>
          <strong>.eml draft</strong> for a desktop mail client, with the XML already attached.
          <div class="actions">
            <button data-testid="fallback-eml" disabled={!download} onClick={() => void eml()}>
              Download .eml
            </button>
          </div>
        </li>
        <li>
          <strong>mailto:</strong> opens your default mail program with the text; attach the XML yourself.
          {mailto.truncated &&
            ' The text is shortened to fit the link: paste the full text from the preview.'}
          <div class="actions">
            <a
              class="button"
              data-testid="fallback-mailto"
              href={mailto.url}
              target="_blank"
              rel="noreferrer"
            >
              Open mail program
            </a>
            {download && (
              <button
                data-testid="fallback-download-xml"
                onClick={() => void download(request.attachmentName, file.bytes, file.mime)}
              >
                Download the XML
              </button>
            )}
          </div>
        </li>
      </ol>
      {message && (
        <div role="status" data-testid="fallback-status">
          <p>{message.text}</p>
          {message.steps && (
            <ol>
              {message.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          )}
        </div>
      )}
    </details>
  );
}

async function openUrl(host: GuideHost, url: string): Promise<void> {
  if (host.openUrl) await host.openUrl(url);
  else window.open(url, '_blank', 'noopener');
}
