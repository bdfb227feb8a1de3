/**
 * Shared vocabulary of the detector: what a page offers (PageSignals), what a signature
 * looks for (Signature) and what the scorer concludes (Verdict).
 */
import type { Brand } from '../knowledge/types';

/** Web UI generations of Dahua-made recorders, oldest first (reference §1.1). */
export type Generation = 'plugin' | 'web3' | 'h5' | 'web5';

/** The brand a page shows: 'Dahua' unless an OEM marker says otherwise; never 'Unknown'. */
export type PageBrand = Exclude<Brand, 'Unknown'>;

/** Where on the page a signature looks. Each maps to one field of PageSignals. */
export type SignatureWhere =
  | 'title'
  | 'scriptSrc'
  | 'assetUrl'
  | 'formField'
  | 'className'
  | 'inlineScript'
  | 'footerText'
  | 'host'
  | 'headerHint';

export interface Signature {
  /** Stable kebab-case id; verdicts list these in `matched`. */
  id: string;
  where: SignatureWhere;
  /** A string matches case-sensitively as a substring; use a RegExp for anything else. */
  pattern: string | RegExp;
  /** Contribution to the score. 0 = only names a brand/generation; negative = evidence against. */
  weight: number;
  generation?: Generation;
  brand?: Exclude<PageBrand, 'Dahua'>;
  /** Short public source name, as in the reference's source table. */
  source: string;
  /** Fixture names (see tests) this signature must keep matching, refined-github style. */
  mustMatch?: string[];
  /** A match means "this is NOT a Dahua recorder" and vetoes detection. */
  negative?: true;
}

/** Cheap, capped facts read from one document. Everything is attribute values or small text. */
export interface PageSignals {
  url: string;
  /** Lower-case hostname without port. */
  host: string;
  /** document.title, trimmed. */
  title: string;
  /** src of <script> elements (capped). */
  scriptSrcs: string[];
  /** src/href of img, link, iframe and a elements (capped). */
  assetUrls: string[];
  /** id and name of input/select/textarea/form/button elements, and option values (capped). */
  formFields: string[];
  /** Tokens from a fixed probe list (signatures with where 'className') found as a class or id. */
  classNames: string[];
  /** Text of small inline executable scripts, concatenated (capped). */
  inlineScript: string;
  /** Text of footer/copyright elements and meta author/copyright/description (capped). */
  footerText: string;
  hasPasswordField: boolean;
  /** Response headers (lower-case names), only when the caller fetched the page itself (CLI). */
  headers?: Record<string, string>;
}

export type VerdictLevel = 'none' | 'candidate' | 'certain';

export interface Verdict {
  level: VerdictLevel;
  score: number;
  generation: Generation | null;
  brand: PageBrand;
  /** Ids of the matched signatures (plus 'password-field' when that counted). */
  matched: string[];
}
