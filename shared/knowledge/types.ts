/**
 * Types for the reset knowledge base: methods, their steps and warnings, and the brands that
 * ship Dahua firmware. Every step and warning names the public source it was taken from, so a
 * technician (or a reviewer) can check the advice against the vendor's own words.
 */
import type { SourceId } from './sources';

export type MethodId =
  'qr-dmss' | 'security-questions' | 'reset-button' | 'xml-configtool' | 'legacy-serial-date' | 'device-init';

/** Display order; also the order progress records are created in. */
export const METHOD_IDS: readonly MethodId[] = [
  'qr-dmss',
  'security-questions',
  'reset-button',
  'xml-configtool',
  'legacy-serial-date',
  'device-init',
];

export type Brand =
  | 'Dahua'
  | 'Amcrest'
  | 'Lorex'
  | 'Intelbras'
  | 'IMOU'
  | 'FLIR'
  | 'Q-See'
  | 'CP Plus'
  | 'KBVision'
  | 'Unknown';

/** Product families as they appear in Dahua model names (reference §5.1). */
export type DeviceFamily = 'NVR' | 'XVR' | 'DVR' | 'HCVR' | 'IVSS' | 'EVS' | 'IPC';

export type RequirementId =
  | 'mailbox-access'
  | 'email-contact'
  | 'reset-app'
  | 'security-answers'
  | 'local-gui'
  | 'physical-access'
  | 'screwdriver'
  | 'model-has-button'
  | 'pc-on-lan'
  | 'xml-reset-support'
  | 'support-contact'
  | 'legacy-firmware'
  | 'factory-state';

export interface Requirement {
  id: RequirementId;
  text: string;
}

/**
 * A sentence backed by sources. `inferred` marks advice where the sources support the premise
 * (e.g. "the cover comes off") but not the conclusion (e.g. "this may break a warranty seal"),
 * so the UI can show it differently from the vendor's own statements.
 */
export interface Note {
  text: string;
  sources: SourceId[];
  inferred?: boolean;
}

export type Severity = 'info' | 'caution' | 'danger';

export interface Warning extends Note {
  id: string;
  severity: Severity;
}

export interface Step {
  /** Stable: it is the key of the technician's progress, so never rename a shipped id. */
  id: string;
  title: string;
  detail?: string;
  sources: SourceId[];
  inferred?: boolean;
}

/**
 * A brand- or family-specific replacement for a method's steps (e.g. the Amcrest 5000-series
 * button procedure). Step ids must not collide with the base steps: progress is keyed per method.
 */
export interface MethodVariant {
  id: string;
  title: string;
  appliesTo: { brands?: Brand[]; families?: DeviceFamily[] };
  /** Why and when the variant applies; shown above its steps. */
  note: string;
  steps: Step[];
}

export interface Method {
  id: MethodId;
  title: string;
  summary: string;
  requirements: Requirement[];
  /** Copied from a technician's blog table (source 'technician-blog-success-table'): no data, shown only with that origin. */
  successRate: { percent: number; note: string };
  timeToExpect: string;
  warnings: Warning[];
  steps: Step[];
  variants?: MethodVariant[];
  /** What follows a successful run (shown after the last step). */
  after?: string[];
}
