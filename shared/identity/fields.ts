/**
 * The four identity fields as one table: what each is called, how a reading of it is checked,
 * compared and shown. Each field's rules live in its own module; this is the lookup by name
 * for code that handles every field alike (the OCR merge, the readers, the front ends' lists).
 */
import type { FieldCheck } from './check';
import { checkFirmware, FIRMWARE_LABEL, firmwareKey } from './firmware';
import { checkMac, formatMac, MAC_LABEL, macKey } from './mac';
import { checkModel, MODEL_LABEL, modelKey } from './model';
import { checkSerial, SERIAL_LABEL, serialKey } from './serial';

/** The fields read from a device, in the order people see them. */
export const DEVICE_FIELDS = ['model', 'serial', 'mac', 'firmware'] as const;

export type FieldName = (typeof DEVICE_FIELDS)[number];

export const FIELD_LABELS: Readonly<Record<FieldName, string>> = {
  model: MODEL_LABEL,
  serial: SERIAL_LABEL,
  mac: MAC_LABEL,
  firmware: FIRMWARE_LABEL,
};

/** The form two readings are compared in; null for a value that is not one (dropped). */
export function comparisonKey(field: FieldName, value: string): string | null {
  switch (field) {
    case 'serial':
      return serialKey(value);
    case 'mac':
      return macKey(value);
    case 'model':
      return modelKey(value) || null;
    case 'firmware':
      return firmwareKey(value) || null;
  }
}

/** A value as people read it: a MAC with colons, the others as they are. */
export function formatField(field: FieldName, value: string): string {
  return field === 'mac' ? formatMac(value) : value;
}

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
