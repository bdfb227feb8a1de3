// @vitest-environment happy-dom
/**
 * The support e-mail card rendered in happy-dom: which recipient is chosen and offered, what
 * blocks composing and when it stops blocking, and what a compose request carries. The rules
 * themselves are in ui/components/email/send-rules.ts and shared/email; this checks that the
 * card applies them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultEmailSettings, type EmailSettings, type RecipientChoice } from '../../../../shared/email';
import { supportAddress } from '../../../../shared/knowledge/support-addresses';
import { SupportEmail } from '../../../../ui/components/SupportEmail';
import type {
  GuideHost,
  StoredExport,
  WebmailComposeOutcome,
  WebmailComposeRequest,
  WebmailTab,
} from '../../../../ui/guide-host';
import { MemoryStore } from '../../shared/platform/memory-store';

const GLOBAL = supportAddress('rpwd-global').address;
const ALTERNATIVE = supportAddress('rpwd').address;

const FILE: StoredExport = {
  name: 'export.xml',
  mime: 'application/xml',
  size: 7,
  bytes: new TextEncoder().encode('<xml/>\n'),
  lastModified: 0,
  addedAt: 0,
  exportedAt: 0,
  resultImported: false,
};

let container: HTMLElement;
let requests: WebmailComposeRequest[];
let chosen: RecipientChoice[];

function host(): GuideHost {
  return {
    store: new MemoryStore(),
    now: () => 0,
    currentDevice: () => Promise.resolve(null),
    onDeviceChange: () => () => undefined,
    readDevice: () => Promise.resolve(null),
    copyText: () => Promise.resolve(),
    saveTextFile: () => Promise.resolve(),
    composeInWebmail: (request): Promise<WebmailComposeOutcome> => {
      requests.push(request);
      return Promise.resolve({ ok: true, tabId: 9, chip: 'export.xml (7 B)', via: 'drop' });
    },
  };
}

interface Options {
  settings?: Partial<EmailSettings>;
  file?: StoredExport | null;
  wrongDevice?: boolean;
  webmail?: WebmailTab | null;
}

async function show(options: Options = {}): Promise<void> {
  await act(() => {
    render(
      <SupportEmail
        host={host()}
        settings={{ ...defaultEmailSettings(), ...options.settings }}
        onChoose={(choice) => chosen.push(choice)}
        vars={{ serial: '7K03B21PAZ4C9D1', model: 'XVR5108HS-I3' }}
        file={options.file === undefined ? FILE : options.file}
        wrongDevice={options.wrongDevice ?? false}
        webmail={options.webmail ?? null}
        baseName="7K03B21PAZ4C9D1"
        siteRef=""
        onSiteRef={() => undefined}
      />,
      container,
    );
  });
}

/** Lets the compose's awaited host call settle and the card re-render. */
const settle = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

const byTestId = <T extends HTMLElement = HTMLElement>(id: string) =>
  container.querySelector<T>(`[data-testid="${id}"]`)!;
const radio = (choice: RecipientChoice) => byTestId<HTMLInputElement>(`recipient-${choice}`);
const composeButtons = () => [
  byTestId<HTMLButtonElement>('compose-gmail'),
  byTestId<HTMLButtonElement>('compose-outlook'),
];

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  requests = [];
  chosen = [];
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('recipient choice', () => {
  it('starts on the documented Dahua address and offers the distributor only once it is set', async () => {
    await show();
    expect(radio('rpwd-global').checked).toBe(true);
    expect(radio('rpwd').checked).toBe(false);
    expect(radio('distributor').disabled).toBe(true);
    expect(byTestId('email-to').textContent).toBe(GLOBAL);

    await show({ settings: { distributorAddress: 'resets@distributor.example' } });
    expect(radio('distributor').disabled).toBe(false);
  });

  it('preselects the recipient used last time over the default', async () => {
    await show({ settings: { recipient: 'rpwd-global', lastRecipient: 'rpwd' } });
    expect(radio('rpwd').checked).toBe(true);
    expect(byTestId('email-to').textContent).toBe(ALTERNATIVE);
  });

  it('a pick changes the preview and is reported for remembering', async () => {
    await show();
    await act(() => radio('rpwd').click());
    expect(radio('rpwd').checked).toBe(true);
    expect(byTestId('email-to').textContent).toBe(ALTERNATIVE);
    expect(chosen).toEqual(['rpwd']);
  });
});

describe('blocked reasons', () => {
  it('no file: nothing can be composed, and the card says why', async () => {
    await show({ file: null });
    expect(composeButtons().map((b) => b.disabled)).toEqual([true, true]);
    expect(container.textContent).toContain('Give the XML export above first');
  });

  it('the distributor as default recipient without an address: blocked until one is chosen', async () => {
    await show({ settings: { recipient: 'distributor' } });
    expect(byTestId('email-to').textContent).toBe('(no address)');
    expect(composeButtons().every((b) => b.disabled)).toBe(true);
    expect(container.textContent).toContain("Set your distributor's address");
    await act(() => radio('rpwd-global').click());
    expect(composeButtons().every((b) => !b.disabled)).toBe(true);
  });

  it("another device's file: blocked until the technician confirms, then composed as asked", async () => {
    await show({ wrongDevice: true });
    expect(composeButtons().every((b) => b.disabled)).toBe(true);
    expect(container.textContent).toContain('The kept file is from another device');
    await act(() => byTestId<HTMLInputElement>('email-confirm-wrong-device').click());
    expect(composeButtons().every((b) => !b.disabled)).toBe(true);
    expect(container.textContent).not.toContain('The kept file is from another device');
  });
});

describe('compose request', () => {
  it("goes to the chosen address with the kept file's bytes, into the panel's own webmail tab", async () => {
    await show({ webmail: { kind: 'gmail', tabId: 4, host: 'mail.google.com' } });
    expect(byTestId('compose-gmail').textContent).toBe('Compose in this Gmail tab');
    expect(byTestId('compose-outlook').textContent).toBe('Compose in Outlook');
    await act(() => byTestId('compose-gmail').click());
    await settle();
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ kind: 'gmail', tabId: 4, to: GLOBAL });
    expect(requests[0]!.attachment.bytes).toEqual(FILE.bytes);
    expect(byTestId('compose-status').dataset.state).toBe('attached');

    await act(() => byTestId('compose-outlook').click());
    await settle();
    // Not the Gmail tab: Outlook opens its own compose.
    expect(requests[1]).not.toHaveProperty('tabId');
  });
});
