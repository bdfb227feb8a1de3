/** Names, colours and wording shared by the "Read this screen" sub-components. */
import type { FieldName, FieldSource } from '../../../shared/ocr/types';

export const READ_FIELDS: readonly { field: FieldName; label: string; color: string }[] = [
  { field: 'model', label: 'Model', color: '#1f6fd1' },
  { field: 'serial', label: 'Serial', color: '#13854e' },
  { field: 'mac', label: 'MAC', color: '#c25e00' },
  { field: 'firmware', label: 'Firmware', color: '#8a3ab9' },
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
