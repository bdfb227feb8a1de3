/**
 * What inspecting a ConfigTool password-reset XML export yields. No public sample of that file
 * exists (reference §4, §9), so nothing here names an element: findings say where a value sat.
 */

export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/** Which device attribute a finding is about. */
export type ExportField = 'serial' | 'mac' | 'model' | 'deviceName' | 'firmware' | 'timestamp';

/** How a value was recognised: by its element name, its attribute name, or by its shape alone. */
export type FindingHow = 'element' | 'attribute' | 'value-grammar';

export interface ExportFinding {
  field: ExportField;
  /** Serial: upper-case [0-9A-Z]; MAC: 12 upper-case hex digits; others: trimmed text. */
  value: string;
  /** `/Root/Device[2]/SerialNo` or `/Root/Device/@MAC`; `[n]` only where siblings share a name. */
  path: string;
  how: FindingHow;
}

/**
 * Errors make `ok` false, warnings never do:
 * - errors: empty, not-xml, binary, html, truncated, too-large, too-deep, too-many-nodes,
 *   entity-declaration, external-entity, bad-encoding, serial-mismatch, mac-mismatch;
 * - warnings: no-identity, several-devices, mac-differs, model-mismatch.
 */
export type ExportProblemCode =
  | 'empty'
  | 'not-xml'
  | 'binary'
  | 'html'
  | 'truncated'
  | 'too-large'
  | 'too-deep'
  | 'too-many-nodes'
  | 'entity-declaration'
  | 'external-entity'
  | 'bad-encoding'
  | 'no-identity'
  | 'several-devices'
  | 'serial-mismatch'
  | 'mac-mismatch'
  | 'mac-differs'
  | 'model-mismatch';

export type ProblemSeverity = 'error' | 'warning';

export interface ExportProblem {
  code: ExportProblemCode;
  message: string;
  severity: ProblemSeverity;
}

/** The device the technician is working on (from the case), to check the file against. */
export interface InspectContext {
  serial?: string | null;
  mac?: string | null;
  model?: string | null;
}

export interface ExportInspection {
  /** True when no problem has severity 'error': the file can be sent as it is. */
  ok: boolean;
  /**
   * How the text was decoded. null when it was not decoded (too large, binary, empty) or when
   * the XML declaration named a legacy encoding (e.g. GBK) that was used instead.
   */
  encoding: ExportEncoding | null;
  /** The export's device: the one matching the case when the file lists several. */
  serial: string | null;
  /** 12 upper-case hex digits, no separators (the form the login challenge returns). */
  mac: string | null;
  model: string | null;
  deviceName: string | null;
  timestamps: { value: string; path: string }[];
  /** Every value recognised, in document order, including those of other listed devices. */
  findings: ExportFinding[];
  problems: ExportProblem[];
  /** 'no' when the serial (or, lacking serials, the MAC) disagrees with the case. */
  matchesCase: 'yes' | 'no' | 'unknown';
  sizeBytes: number;
  /** Deliberately absent: hashing is async (crypto.subtle), the inspection is synchronous. */
  sha256?: never;
}
