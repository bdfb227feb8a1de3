/** Validators, repairs and merging for the four identity fields (issue 4). */
import type { FieldName } from '../ocr/types';
import type { FieldCheck } from './check';
import { checkFirmware } from './firmware';
import { checkMac } from './mac';
import { checkModel } from './model';
import { checkSerial } from './serial';

export type { FieldCheck } from './check';
export { checkFirmware, firmwareKey } from './firmware';
export { checkMac } from './mac';
export { checkModel, modelKey } from './model';
export { checkSerial } from './serial';
export { macVendor } from './oui';
export { comparisonKey, mergeFieldReadings, mergeReadings, type MergedReading } from './merge';

/**
 * Validates and repairs one value for `field`. `labelled`: the value sat under a label naming the
 * field, which is what lets an OEM model without a Dahua family name through.
 */
export function checkField(
  field: FieldName,
  raw: string,
  options: { labelled?: boolean } = {},
): FieldCheck | null {
  switch (field) {
    case 'serial':
      return checkSerial(raw);
    case 'model':
      return checkModel(raw, { labelled: options.labelled ?? false });
    case 'mac':
      return checkMac(raw);
    case 'firmware':
      return checkFirmware(raw);
  }
}
