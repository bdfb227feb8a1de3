/** The technician's e-mail settings (shared/email/settings.ts), loaded once and saved on demand. */
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  loadEmailSettings,
  rememberRecipient,
  saveEmailSettings,
  type EmailSettings,
  type RecipientChoice,
  type SettingsValidation,
} from '../../../shared/email/settings';
import type { KeyValueStore } from '../../../shared/platform/services';

export interface EmailSettingsState {
  /** undefined while loading. */
  settings: EmailSettings | undefined;
  save: (next: EmailSettings) => Promise<SettingsValidation>;
  /** Remember the recipient picked for a request (preselected next time). */
  choose: (choice: RecipientChoice) => Promise<void>;
}

export function useEmailSettings(store: KeyValueStore): EmailSettingsState {
  const [settings, setSettings] = useState<EmailSettings | undefined>(undefined);

  useEffect(() => {
    let live = true;
    void loadEmailSettings(store).then((loaded) => live && setSettings(loaded));
    return () => {
      live = false;
    };
  }, [store]);

  const save = useCallback(
    async (next: EmailSettings) => {
      const validation = await saveEmailSettings(store, next);
      if (validation.ok) setSettings(await loadEmailSettings(store));
      return validation;
    },
    [store],
  );

  const choose = useCallback(
    async (choice: RecipientChoice) => {
      setSettings(await rememberRecipient(store, choice));
    },
    [store],
  );

  return { settings, save, choose };
}
