/**
 * DOCTYPE screening, done on the raw declaration before any parser runs. Entity declarations
 * are how "billion laughs" bombs expand a kilobyte into gigabytes, and SYSTEM / PUBLIC
 * identifiers point a parser at other files or URLs (XXE). A device export needs neither, so
 * both are refused outright instead of trusting a parser's limits.
 */
import { problem } from './problems';
import type { ExportProblem } from './types';

const EXTERNAL_ENTITY = /<!ENTITY\s+(?:%\s+)?[^\s>]+\s+(?:SYSTEM|PUBLIC)\b/i;
const EXTERNAL_DTD = /^<!DOCTYPE\s+[^\s[>]+\s+(?:SYSTEM|PUBLIC)\b/i;
const ENTITY = /<!ENTITY\b/i;

export function doctypeProblem(doctype: string): ExportProblem | null {
  if (EXTERNAL_ENTITY.test(doctype) || EXTERNAL_DTD.test(doctype)) {
    return problem(
      'external-entity',
      'The file refers to external files or URLs through its DOCTYPE (SYSTEM or PUBLIC): a ConfigTool export does not, and reading it could leak local files. It was not parsed.',
    );
  }
  if (ENTITY.test(doctype)) {
    return problem(
      'entity-declaration',
      'The file declares XML entities in its DOCTYPE, the trick used by "entity bomb" files that expand into gigabytes. A ConfigTool export does not need them; it was not parsed.',
    );
  }
  return null;
}
