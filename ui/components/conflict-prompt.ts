/** What the device card says about a detected value that disagrees with the one the case keeps. */
import type { IdentityConflict } from '../../shared/case/case';
import { IDENTITY_LABELS } from '../../shared/case/identity';
import { DEVICE_FIELDS, formatField, type FieldName } from '../../shared/identity/fields';

export interface ConflictPrompt {
  text: string;
  keep: string;
  take: string;
}

export function conflictPrompt(conflict: IdentityConflict): ConflictPrompt {
  const show = (value: string) =>
    isDeviceField(conflict.field) ? formatField(conflict.field, value) : value;
  const kept = show(conflict.kept);
  const offered = show(conflict.offered);
  return {
    text: `${IDENTITY_LABELS[conflict.field]}: you have ${kept}, the device now says ${offered}.`,
    keep: `Keep ${kept}`,
    take: `Use ${offered}`,
  };
}

function isDeviceField(field: string): field is FieldName {
  return (DEVICE_FIELDS as readonly string[]).includes(field);
}
