/**
 * Reads model, serial, MAC and firmware from a detected recorder page, if it shows them.
 *
 * Called only after detection, so it may walk the visible text, but still within a budget.
 * It looks for "Label: value" in one text node or a label followed by its value in the next
 * text node (a <td>/<th> or <dt>/<dd> pair, a <span> after a <label>), and validates each
 * value against the field grammars in shared/identity/. A model shown on its own (a
 * footer like "DHI-NVR5232-4KS2") is accepted only with a Dahua recorder family name.
 * Deeper reading comes later.
 */
import { FIRMWARE_IN_TEXT } from '../identity/firmware';
import { parseMac } from '../identity/mac';
import { LABELLED_MODEL, RECORDER_MODEL_IN_TEXT } from '../identity/model';
import { SERIAL } from '../identity/serial';

export interface DomIdentity {
  model?: string;
  serial?: string;
  mac?: string;
  firmware?: string;
}

type Field = keyof DomIdentity;

const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT
const MAX_NODES = 2000;
const MAX_NODE_CHARS = 200;
const SKIP_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

// Label words, then an optional colon, then the rest of the node (maybe empty).
const LABELS: readonly (readonly [Field, RegExp])[] = [
  // Not a bare "Type": the Web3.0 login labels its user-type select that way.
  [
    'model',
    /^(?:(?:device|product)\s+)?model(?:\s+(?:no\.?|number|name))?\s*[:：]?\s*(.*)$|^device\s+type\s*[:：]?\s*(.*)$/i,
  ],
  ['serial', /^(?:serial(?:\s+(?:no\.?|number))?|s\/?n|sn\s*(?:no\.?)?)\s*[:：]?\s*(.*)$/i],
  ['mac', /^mac(?:\s+address)?\s*[:：]?\s*(.*)$/i],
  [
    'firmware',
    /^(?:(?:system|software|firmware)\s+)?(?:version|firmware)(?:\s+(?:no\.?|number))?\s*[:：]?\s*(.*)$/i,
  ],
];

export function readIdentityFromDom(doc: Document): DomIdentity {
  const texts = visibleTexts(doc);
  const found: DomIdentity = {};
  for (let i = 0; i < texts.length; i++) {
    for (const [field, label] of LABELS) {
      if (found[field] !== undefined) continue;
      const m = label.exec(texts[i]!);
      if (!m) continue;
      const inline = (m[1] ?? m[2] ?? '').trim();
      const value =
        validate(field, inline) ?? (inline === '' ? validate(field, texts[i + 1] ?? '') : undefined);
      if (value !== undefined) found[field] = value;
    }
  }
  if (found.model === undefined) {
    // A bare model name, as some generations print it in the footer.
    const bare = texts
      .map((text) => RECORDER_MODEL_IN_TEXT.exec(text)?.[0])
      .find((model) => model !== undefined);
    if (bare) found.model = bare;
  }
  return found;
}

function validate(field: Field, raw: string): string | undefined {
  // Values end where a sentence or list would continue.
  const value = raw.trim().replace(/[,;.]+$/, '');
  if (value === '') return undefined;
  switch (field) {
    case 'model': {
      const model = value.split(/\s+/)[0]!.toUpperCase();
      return model.length >= 4 && model.length <= 40 && LABELLED_MODEL.test(model) ? model : undefined;
    }
    case 'serial': {
      const serial = value.split(/\s+/)[0]!;
      return SERIAL.test(serial) ? serial : undefined;
    }
    case 'mac':
      return parseMac(value.split(/\s+/)[0]!) ?? undefined;
    case 'firmware':
      return normaliseFirmware(value);
  }
}

/**
 * The firmware as the device API writes it: no leading 'V', build date as ',build:YYYY-MM-DD'
 * (getSoftwareVersion style), so DOM and RPC values compare equal.
 */
function normaliseFirmware(value: string): string | undefined {
  const found = FIRMWARE_IN_TEXT.exec(value)?.[0];
  if (found === undefined) return undefined;
  const version = /^V?(\d\.\d{3}\.[0-9A-Z]{7}\.\d+\.[A-Z](?:\.\d{6})?)/i.exec(found)![1]!;
  const date = /(\d{4}-\d{2}-\d{2})$/.exec(found)?.[1];
  return date ? `${version},build:${date}` : version;
}

/**
 * Trimmed, non-empty text outside scripts and styles, within a node and char budget. One
 * node may hold several "Label: value" parts ("Device Type: X  |  Version: Y"), so it is
 * split at bars, bullets, line breaks and runs of spaces.
 */
function visibleTexts(doc: Document): string[] {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: string[] = [];
  let seen = 0;
  for (let node = walker.nextNode(); node && seen < MAX_NODES; node = walker.nextNode(), seen++) {
    if (node.parentElement && SKIP_PARENTS.has(node.parentElement.tagName.toUpperCase())) continue;
    const text = node as CharacterData;
    const value = text.substringData(0, Math.min(text.length, MAX_NODE_CHARS)).trim();
    for (const part of value.split(/\s*[|•·\n]\s*|\s{2,}/))
      if (part !== '') out.push(part.replace(/\s+/g, ' '));
  }
  return out;
}
