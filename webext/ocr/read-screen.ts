/**
 * Entry of "Read this screen" for the panel host. The permission request is the first statement,
 * run synchronously in the click's call stack (any await before it loses the user gesture);
 * the OCR and QR code is imported only after it.
 */
import type { ReadScreenOutcome } from '../../ui/guide-host';
import { requestCapturePermission } from './capture-permission';
import type { ReadScreenOptions } from './read-screen-run';

export function readVisibleScreen(
  targetTab: () => Promise<number | null>,
  options: ReadScreenOptions = {},
): Promise<ReadScreenOutcome> {
  const granted = requestCapturePermission();
  return import('./read-screen-run').then(
    ({ readScreenAfterPermission }) => readScreenAfterPermission(granted, targetTab, options),
    (error: unknown) => ({
      ok: false as const,
      problem: 'engine-failed' as const,
      message: `The screen reader could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
    }),
  );
}
