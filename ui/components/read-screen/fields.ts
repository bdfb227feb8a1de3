/** Names, colours and wording shared by the "Read this screen" sub-components. */
import { FIELD_LABELS, type FieldName } from '../../../shared/identity/fields';
import type { FieldSource } from '../../../shared/ocr/types';

export const READ_FIELDS: readonly { field: FieldName; label: string; color: string }[] = [
  { field: 'model', label: FIELD_LABELS.model, color: '#1f6fd1' },
  { field: 'serial', label: FIELD_LABELS.serial, color: '#13854e' },
  { field: 'mac', label: FIELD_LABELS.mac, color: '#c25e00' },
  { field: 'firmware', label: FIELD_LABELS.firmware, color: '#8a3ab9' },
];

export const QR_COLOR = '#c62828';

const SOURCE_LABEL: Record<FieldSource, string> = {
  ocr: 'read from the screenshot (OCR)',
  qr: 'read from the QR code',
  dom: 'page text',
  challenge: 'login challenge',
  xml: 'ConfigTool export',
  user: 'entered by you',
};

export const sourceLabel = (source: FieldSource): string => SOURCE_LABEL[source];

export const percent = (confidence: number): string => `${Math.round(confidence * 100)}%`;
