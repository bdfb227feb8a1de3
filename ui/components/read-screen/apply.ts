/**
 * "Use these values": the reviewed screen values join the case as detected values, so a value
 * that disagrees with one from the page, the login challenge or the technician becomes a
 * conflict in the device card (mergeIdentity never picks silently). A decoded reset QR also
 * records its vendor id, which the method ranking reads.
 */
import { mergeIdentity, setFacts, type CaseRecord } from '../../../shared/case/case';
import type { CaseIdentity } from '../../../shared/case/identity';
import type { QrVendor } from '../../../shared/knowledge/facts';
import type { FieldName } from '../../../shared/ocr/types';

export interface ScreenValues {
  values: Partial<Record<FieldName, string>>;
  qrVendor: QrVendor | null;
}

export function identityPatch({ values }: ScreenValues): Partial<CaseIdentity> {
  const patch: Partial<CaseIdentity> = {};
  for (const [field, value] of Object.entries(values) as [FieldName, string][]) {
    if (value.trim() !== '') patch[field] = value.trim();
  }
  return patch;
}

export function applyScreenValues(record: CaseRecord, screen: ScreenValues, now: number): CaseRecord {
  const merged = mergeIdentity(record, identityPatch(screen), 'detected', now);
  return screen.qrVendor ? setFacts(merged, { qrVendor: screen.qrVendor }, now) : merged;
}
