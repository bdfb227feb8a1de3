/**
 * What kind of device a model name denotes, and the one-line detection title shown in the
 * toolbar and the side panel.
 */
import type { Brand } from '../knowledge/types';
import { MODEL_PREFIX } from '../identity/model';

export type DeviceKind = 'NVR' | 'XVR' | 'DVR' | 'HCVR' | 'IVSS' | 'EVS' | 'IPC';

// Order matters only for readability: no family name is a prefix of another.
const FAMILIES: readonly (readonly [RegExp, DeviceKind])[] = [
  [/^NVR/, 'NVR'],
  // MXVR is the mobile penta-brid recorder: an XVR as far as reset paths go.
  [/^M?XVR/, 'XVR'],
  [/^HCVR/, 'HCVR'],
  [/^DVR/, 'DVR'],
  [/^IVSS/, 'IVSS'],
  [/^EVS/, 'EVS'],
  // Dahua IP and thermal cameras, Amcrest's IP<n>M- cameras.
  [/^(?:IPC|TPC)-|^IP\d+M-/, 'IPC'],
];

export function deviceKindFromModel(model: string | null): DeviceKind | null {
  if (!model) return null;
  const bare = model.trim().toUpperCase().replace(MODEL_PREFIX, '');
  return FAMILIES.find(([pattern]) => pattern.test(bare))?.[1] ?? null;
}

const KIND_LABEL: Record<DeviceKind, string> = {
  NVR: 'NVR',
  XVR: 'XVR',
  DVR: 'DVR',
  HCVR: 'HCVR',
  IVSS: 'IVSS',
  EVS: 'EVS',
  IPC: 'IP camera',
};

/** e.g. 'Dahua NVR detected', 'Amcrest NVR detected', 'Dahua recorder detected'. */
export function describeDetection(
  brand: Brand | (string & {}) | null | undefined,
  kind: DeviceKind | null,
): string {
  const name = brand && brand.trim() ? brand.trim() : 'Dahua';
  return `${name} ${kind ? KIND_LABEL[kind] : 'recorder'} detected`;
}
