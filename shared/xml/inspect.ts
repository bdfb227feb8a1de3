/**
 * Checks a dropped or picked file before it is e-mailed to Dahua support: is it an XML export at
 * all, is it safe and whole, which device does it name, and is that the case's device. Every
 * limit is enforced before or during parsing (size first, then a linear pre-scan for depth,
 * element count, DOCTYPE and truncation), so no input can hang the caller.
 *
 * The bytes are only read: callers attach the original file exactly as ConfigTool saved it.
 */
import { macKey } from '../identity/mac';
import { parseSerial } from '../identity/serial';
import { decodeExport } from './decode';
import { doctypeProblem } from './doctype';
import { extractFindings } from './extract';
import { looksLikeHtml } from './html';
import { XML_LIMITS } from './limits';
import { compareWithCase, type CaseContext } from './match';
import { parseXml } from './parse';
import { prescan } from './prescan';
import { EXPORT_AGAIN, formatBytes, problem } from './problems';
import { selectDevice } from './select';
import { sniffBinary, textLooksBinary } from './sniff';
import type { ExportEncoding, ExportFinding, ExportInspection, ExportProblem, InspectContext } from './types';

function result(
  sizeBytes: number,
  encoding: ExportEncoding | null,
  problems: ExportProblem[],
): ExportInspection {
  return {
    ok: !problems.some((p) => p.severity === 'error'),
    encoding,
    serial: null,
    mac: null,
    model: null,
    deviceName: null,
    timestamps: [],
    findings: [],
    problems,
    matchesCase: 'unknown',
    sizeBytes,
  };
}

/**
 * The inspection of a file known to be over the size limit, without reading it: a dropped File
 * and the CLI's stat() know the size before the bytes are loaded.
 */
export function rejectOversize(sizeBytes: number): ExportInspection {
  return result(sizeBytes, null, [tooLarge(sizeBytes)]);
}

function tooLarge(sizeBytes: number): ExportProblem {
  return problem(
    'too-large',
    `The file is ${formatBytes(sizeBytes)}; a ConfigTool reset export is a few kilobytes and this checker reads at most ${formatBytes(XML_LIMITS.maxBytes)}. This is not the export. ${EXPORT_AGAIN}`,
  );
}

/** A short, printable preview of how the text starts, for "not XML" messages. */
function preview(text: string): string {
  const head = text
    .trim()
    .slice(0, 40)
    .replace(/\s+/g, ' ')
    .replace(/[^\x20-\x7e\u00a0-\uffff]/g, '?');
  return text.trim().length > 40 ? `${head}…` : head;
}

function notXml(text: string): ExportProblem {
  const start = text.trimStart();
  let what = 'plain text';
  if (/^[{[]/.test(start)) what = 'JSON';
  else if (
    /^(?:Received|Return-Path|Delivered-To|From|To|Subject|Date|MIME-Version|Message-ID)\s*:/i.test(start)
  ) {
    what = 'a saved e-mail message; save the XML attachment from it and pick that file instead';
  }
  return problem(
    'not-xml',
    `The file is not XML: it starts with "${preview(text)}" (${what}). ${EXPORT_AGAIN}`,
  );
}

function identityOf(context: InspectContext | undefined): CaseContext {
  return {
    // Only a serial-shaped value can prove a mismatch (a 32-hex realm token is not a serial).
    serial: parseSerial(context?.serial ?? null),
    mac: macKey(context?.mac ?? null),
    model: context?.model?.trim() || null,
  };
}

export function inspectExport(bytes: Uint8Array, context?: InspectContext): ExportInspection {
  const sizeBytes = bytes.length;
  const rejectedBytes = bytesProblem(bytes);
  if (rejectedBytes) return result(sizeBytes, null, [rejectedBytes]);

  const decoded = decodeExport(bytes);
  const { text, encoding } = decoded;
  const problems: ExportProblem[] = decoded.problem ? [decoded.problem] : [];
  const rejectedText = textProblems(text, problems);
  if (rejectedText) return result(sizeBytes, encoding, rejectedText);
  const unsafe = structureProblem(text);
  if (unsafe) return result(sizeBytes, encoding, [...problems, unsafe]);

  const parsed = parseXml(text);
  if (!parsed.ok) {
    const where = parsed.line
      ? ` (line ${parsed.line}${parsed.column ? `, column ${parsed.column}` : ''})`
      : '';
    return result(sizeBytes, encoding, [
      ...problems,
      problem(
        'not-xml',
        `The file is not well-formed XML: ${parsed.message}${where}. It was edited or damaged. ${EXPORT_AGAIN}`,
      ),
    ]);
  }

  const device = deviceInFile(extractFindings(parsed.roots), identityOf(context));
  return { ...result(sizeBytes, encoding, [...problems, ...device.problems]), ...device.found };
}

/** Is there anything to read: not empty, not over the limit, not a known binary format? */
function bytesProblem(bytes: Uint8Array): ExportProblem | null {
  if (bytes.length === 0) {
    return problem(
      'empty',
      `The file is empty (0 bytes): the export was interrupted or the wrong file was picked. ${EXPORT_AGAIN}`,
    );
  }
  if (bytes.length > XML_LIMITS.maxBytes) return tooLarge(bytes.length);
  const binary = sniffBinary(bytes);
  return binary
    ? problem('binary', `This is ${binary.what}, not an XML export. ${binary.hint ?? EXPORT_AGAIN}`)
    : null;
}

/**
 * Is the decoded text XML at all? The whole problem list when not (a binary file's decoding
 * problems are noise next to "this is a binary file"), null when it may be.
 */
function textProblems(text: string, decodeProblems: ExportProblem[]): ExportProblem[] | null {
  if (textLooksBinary(text)) {
    return [problem('binary', `This is a binary file, not an XML export. ${EXPORT_AGAIN}`)];
  }
  if (text.trim() === '') {
    if (decodeProblems.length > 0) return decodeProblems;
    return [
      problem('empty', `The file contains only blank space: the export was interrupted. ${EXPORT_AGAIN}`),
    ];
  }
  if (!text.trimStart().startsWith('<')) return [...decodeProblems, notXml(text)];
  return null;
}

/** Is it safe and whole? A linear pre-scan decides before any parser sees the text. */
function structureProblem(text: string): ExportProblem | null {
  const scan = prescan(text, XML_LIMITS);
  // HTML first: XHTML and HTML 4 pages carry a PUBLIC doctype, and "this is a web page" is the
  // useful message. Neither branch parses anything.
  if (looksLikeHtml(text, scan.root)) {
    return problem(
      'html',
      `This is a web page (HTML) saved under an .xml name, for example with "Save page as", not the ConfigTool export. ${EXPORT_AGAIN}`,
    );
  }
  const doctype = scan.doctype ? doctypeProblem(scan.doctype) : null;
  if (doctype) return doctype;
  if (scan.limit === 'too-deep') {
    return problem(
      'too-deep',
      `Elements are nested more than ${XML_LIMITS.maxDepth} levels deep (at line ${scan.stopLine}); a device export is a few levels deep. This file is not an export, or was built to crash parsers. ${EXPORT_AGAIN}`,
    );
  }
  if (scan.limit === 'too-many-nodes') {
    return problem(
      'too-many-nodes',
      `The file has more than ${XML_LIMITS.maxElements} elements; a device export has a few dozen. This is not the export. ${EXPORT_AGAIN}`,
    );
  }
  if (scan.truncated) {
    return problem(
      'truncated',
      `The file is cut off: it ends ${scan.truncated} (line ${scan.stopLine}). It was not saved or copied completely; check free disk space or the USB stick. ${EXPORT_AGAIN}`,
    );
  }
  return null;
}

type FoundDevice = Pick<
  ExportInspection,
  'serial' | 'mac' | 'model' | 'deviceName' | 'timestamps' | 'findings' | 'matchesCase'
>;

/** Which device does the file name, and is that the case's device? */
function deviceInFile(
  findings: ExportFinding[],
  caseIdentity: CaseContext,
): { found: FoundDevice; problems: ExportProblem[] } {
  const selection = selectDevice(findings, caseIdentity);
  const comparison = compareWithCase(selection, caseIdentity);
  const problems = [...comparison.problems];

  if (selection.serials.length === 0 && selection.macs.length === 0) {
    problems.push(
      problem(
        'no-identity',
        'No serial number or MAC address was found in the file. It may carry them only in its encrypted part, so it can still be sent, but check in ConfigTool that the right device was selected, and give the serial in the e-mail.',
      ),
    );
  }
  if (selection.serials.length > 1) {
    const among =
      caseIdentity.serial && selection.serials.includes(caseIdentity.serial)
        ? ` This case's device (${caseIdentity.serial}) is one of them.`
        : ' Check that the device you are resetting is among them.';
    problems.push(
      problem(
        'several-devices',
        `The file names ${selection.serials.length} devices (serials ${selection.serials.join(', ')}).${among}`,
      ),
    );
  }

  const timestamps = findings
    .filter((f) => f.field === 'timestamp')
    .map(({ value, path }) => ({ value, path }));
  return {
    found: {
      serial: selection.serial,
      mac: selection.mac,
      model: selection.model,
      deviceName: selection.deviceName,
      timestamps,
      findings,
      matchesCase: comparison.matchesCase,
    },
    problems,
  };
}
