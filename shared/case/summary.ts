/**
 * The ticket summary: one Markdown document a technician pastes into the job ticket, so the next
 * person sees the device, what was tried, in which order and why, and what was set up afterwards.
 * Pure: the same record and `now` always give the same text.
 */
import { describeQrVendor } from '../knowledge/brands';
import { interviewQuestions, answerLabel } from '../knowledge/interview';
import { getMethod, stepsFor, variantFor } from '../knowledge/methods/index';
import { preventionChecklist } from '../knowledge/prevention';
import { rankMethods } from '../knowledge/rank';
import { citeSource } from '../knowledge/sources';
import type { CaseRecord } from './case';
import { IDENTITY_FIELDS, IDENTITY_LABELS } from './identity';
import { escapeCell, escapeInline, fenced, isoTime } from './markdown';

function yesNo(value: boolean | null): string {
  return value === null ? 'unknown' : value ? 'yes' : 'no';
}

function table(header: [string, string], rows: [string, string][]): string[] {
  return [
    `| ${header[0]} | ${header[1]} |`,
    '|---|---|',
    ...rows.map(([k, v]) => `| ${k} | ${escapeCell(v)} |`),
  ];
}

function title(record: CaseRecord): string {
  const { brand, model, serial } = record.identity;
  const name = [brand === 'Unknown' ? null : brand, model].filter(Boolean).join(' ') || 'Unknown device';
  return serial ? `${name} (${serial})` : name;
}

function deviceSection(record: CaseRecord): string[] {
  const rows = IDENTITY_FIELDS.map((field): [string, string] => {
    const value = record.identity[field];
    const entered = record.identityOrigin[field] === 'user' ? ' (entered by technician)' : '';
    return [IDENTITY_LABELS[field], value === null || value === 'Unknown' ? '—' : `${value}${entered}`];
  });
  const lines = ['## Device', '', ...table(['Field', 'Value'], rows)];
  if (record.conflicts.length > 0) {
    lines.push('', '**Unresolved identity conflicts:**', '');
    for (const c of record.conflicts) {
      lines.push(
        `- ${IDENTITY_LABELS[c.field]}: kept ${escapeInline(c.kept)}, ${c.by} ${escapeInline(c.offered)} at ${isoTime(c.at)}`,
      );
    }
  }
  return lines;
}

function factsSection(record: CaseRecord): string[] {
  const f = record.facts;
  const rows: [string, string][] = [
    ['Family', f.family ?? 'unknown'],
    ['Initialised', yesNo(f.initialized)],
    ['Reset contacts (DevInit Find)', f.findContacts ?? 'unknown'],
    ['Security questions set', yesNo(f.secretQuestions)],
    ['XML reset (byPwdResetWay bit 2)', yesNo(f.xmlReset)],
    ['Legacy firmware', yesNo(f.legacyFirmware)],
    ['QR vendor id', f.qrVendor ? describeQrVendor(f.qrVendor) : 'unknown'],
  ];
  if (f.firmwareDate) rows.push(['Firmware date', f.firmwareDate]);
  return ['## Device facts', '', ...table(['Fact', 'Value'], rows)];
}

function situationSection(record: CaseRecord): string[] {
  const rows = interviewQuestions.map((q): [string, string] => [
    escapeCell(q.question),
    answerLabel(q.id, record.situation[q.id]) ?? 'not answered',
  ]);
  return ['## Situation', '', ...table(['Question', 'Answer'], rows)];
}

function rankingSection(record: CaseRecord): string[] {
  const lines = ['## Ranked methods', ''];
  for (const r of rankMethods(record.facts, record.situation)) {
    const chosen = r.method === record.chosenMethod ? ' (chosen)' : '';
    lines.push(
      `${r.rank}. **${escapeInline(getMethod(r.method).title)}**${chosen}: ${r.status}, score ${r.score}`,
    );
    for (const reason of r.reasons) lines.push(`   - ${escapeInline(reason)}`);
  }
  return lines;
}

function checklistSection(record: CaseRecord): string[] {
  if (!record.chosenMethod) return ['## Checklist', '', 'No method chosen yet.'];
  const method = getMethod(record.chosenMethod);
  const device = { brand: record.identity.brand, family: record.facts.family };
  const variant = variantFor(method, device);
  const steps = stepsFor(method, device);
  const progress = record.progress[method.id];
  const lines = [`## Checklist: ${escapeInline(method.title)}`, ''];
  if (variant) lines.push(`Variant: ${escapeInline(variant.title)}. ${escapeInline(variant.note)}`, '');
  let done = 0;
  for (const step of steps) {
    const p = progress[step.id];
    if (p?.done) done += 1;
    const stamp = p ? ` (${p.done ? 'done' : 'unticked'} ${isoTime(p.at)})` : '';
    lines.push(`- [${p?.done ? 'x' : ' '}] ${escapeInline(step.title)}${stamp}`);
  }
  lines.push('', `${done}/${steps.length} steps done.`);
  const warnings = method.warnings.filter((w) => w.severity !== 'info');
  if (warnings.length > 0) {
    lines.push('', '**Warnings:**', '');
    for (const w of warnings) lines.push(`- ${w.severity}: ${escapeInline(w.text)}`);
  }
  const cited = [...new Set([...steps, ...method.warnings].flatMap((x) => x.sources))];
  lines.push('', '**Sources:**', '');
  for (const id of cited) lines.push(`- ${escapeInline(citeSource(id))}`);
  return lines;
}

function notesSection(record: CaseRecord): string[] {
  return ['## Notes', '', record.notes.trim() === '' ? 'No notes.' : fenced(record.notes)];
}

function eventsSection(record: CaseRecord): string[] {
  if (record.events.length === 0) return ['## Events', '', 'No events.'];
  return ['## Events', '', ...record.events.map((e) => `- ${isoTime(e.at)}: ${escapeInline(e.text)}`)];
}

function preventionSection(): string[] {
  return ['## Prevention checklist', '', ...preventionChecklist.map((p) => `- [ ] ${escapeInline(p.text)}`)];
}

export function caseSummaryMarkdown(record: CaseRecord, now: number): string {
  const status = record.closedAt === null ? 'open' : `closed ${isoTime(record.closedAt)}`;
  const sections = [
    [
      `# Recorder reset case: ${escapeInline(title(record))}`,
      '',
      `- Case: ${escapeInline(record.key)}`,
      `- Status: ${status}`,
      `- Opened: ${isoTime(record.createdAt)}`,
      `- Generated: ${isoTime(now)}`,
    ],
    deviceSection(record),
    factsSection(record),
    situationSection(record),
    rankingSection(record),
    checklistSection(record),
    notesSection(record),
    eventsSection(record),
    preventionSection(),
  ];
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
