/** The placeholders templates may use, with what each one stands for (shown in settings). */
export const PLACEHOLDERS = {
  model: 'Device model, e.g. DHI-NVR4108HS-8P-4KS2/L',
  serial: 'Serial number',
  mac: 'MAC address',
  firmware: 'Firmware version',
  exportMethod: 'How the XML file was exported',
  exportedAt: 'When the XML file was exported',
  siteRef: 'Site or ticket reference',
  technicianName: 'Your name (from settings)',
  company: 'Your company (from settings)',
  attachmentName: 'File name of the attached XML export',
} as const;

export type PlaceholderName = keyof typeof PLACEHOLDERS;

export const PLACEHOLDER_NAMES = Object.keys(PLACEHOLDERS) as PlaceholderName[];

/** Values for the placeholders; null, undefined and blank all count as missing. */
export type TemplateVars = Partial<Record<PlaceholderName, string | null>>;

export function isPlaceholderName(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name);
}
