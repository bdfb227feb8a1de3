/**
 * Model and firmware from the login page's footer text ("Device Type: DHI-NVR5232-4KS2 |
 * Version: V4.002.0000000.8.R, Build Date: 2021-03-19"), which some generations print before
 * login. Only the footer: the probe has no rendered page to walk, and the footer is where
 * the DOM reader finds these too.
 */
import { FIRMWARE_IN_TEXT } from '../identity/firmware';
import { LABELLED_MODEL, RECORDER_MODEL_IN_TEXT } from '../identity/model';

export function identityFromFooter(footer: string): { model: string | null; firmware: string | null } {
  const text = footer.slice(0, 4096);
  const labelled = /\b(?:device\s+type|model)\s*[:：]\s*([0-9A-Za-z/-]{4,40})/i
    .exec(text)?.[1]
    ?.toUpperCase();
  const model =
    labelled && LABELLED_MODEL.test(labelled) ? labelled : (RECORDER_MODEL_IN_TEXT.exec(text)?.[0] ?? null);
  const found = FIRMWARE_IN_TEXT.exec(text)?.[0];
  const firmware = found
    ? (/^V?(\d\.\d{3}\.[0-9A-Z]{7}\.\d+\.[A-Z](?:\.\d{6})?)/i.exec(found)?.[1] ?? null)
    : null;
  return { model, firmware };
}
