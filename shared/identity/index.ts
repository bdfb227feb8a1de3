/**
 * The device identity fields (model, serial, MAC, firmware): each owns its grammar, canonical
 * form, OCR check and repair, display, comparison key and label in its own module; `fields.ts`
 * looks them up by name and `merge.ts` settles readings from several sources.
 */
export type { FieldCheck } from './check';
export {
  checkField,
  comparisonKey,
  DEVICE_FIELDS,
  FIELD_LABELS,
  formatField,
  type FieldName,
} from './fields';
export { checkFirmware, FIRMWARE_LABEL, firmwareKey } from './firmware';
export { checkMac, formatMac, MAC_LABEL, macKey, macVendor, parseMac } from './mac';
export { checkModel, MODEL_LABEL, modelKey } from './model';
export { checkSerial, parseSerial, SERIAL_LABEL, serialKey } from './serial';
export { mergeFieldReadings, mergeReadings, type MergedReading } from './merge';
