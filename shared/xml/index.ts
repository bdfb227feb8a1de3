/** The ConfigTool XML export: inspection and its 24-hour validity window. */
export { inspectExport, rejectOversize } from './inspect';
export { exportClock, formatRemaining, EXPORT_VALIDITY_MS } from './clock';
export type { ExportClock } from './clock';
export { XML_LIMITS } from './limits';
export { formatBytes, severityOf } from './problems';
export { formatInspectionReport } from './report';
export type {
  ExportEncoding,
  ExportField,
  ExportFinding,
  ExportInspection,
  ExportProblem,
  ExportProblemCode,
  FindingHow,
  InspectContext,
  ProblemSeverity,
} from './types';
