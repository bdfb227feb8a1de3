/** What the recorder itself reports before login (DevInit.getStatus), in plain words. */
import type { DevInitStatus } from '../../shared/device/devinit';

export function DeviceStatus({ status }: { status: DevInitStatus | null | undefined }) {
  if (status === undefined) return <p class="muted">Asking the device which reset paths it supports…</p>;
  if (status === null) {
    return (
      <p class="muted" data-testid="device-status">
        The device did not say which reset paths it supports; answer the questions below.
      </p>
    );
  }
  const lines = [
    status.initialized === false
      ? 'Factory-fresh: not initialised yet (no password to reset).'
      : status.initialized
        ? 'Initialised.'
        : null,
    status.find !== null
      ? status.find === ''
        ? 'No reset contact is set on the device.'
        : `Reset contacts: ${status.find}${status.find.includes('B') ? ' (includes e-mail)' : ''}.`
      : null,
    status.secretQuestions === true
      ? 'Security questions are set.'
      : status.secretQuestions === false
        ? 'No security questions set.'
        : null,
    status.xmlReset === true
      ? 'Supports reset by XML file (ConfigTool).'
      : status.xmlReset === false
        ? 'Does not offer reset by XML file.'
        : null,
    status.resetSupported === false ? 'Password reset is switched off on this device.' : null,
  ].filter((l): l is string => l !== null);
  return (
    <section class="card" aria-label="What the device reports" data-testid="device-status">
      <h3>The device reports</h3>
      <ul>
        {lines.map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
    </section>
  );
}
