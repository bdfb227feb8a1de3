/**
 * A probe result for people: plain text for the terminal, Markdown for VS Code's preview.
 * Both say what the device told us, what that means, and exactly what was sent.
 *
 * Every value that came from the device (title, realm, serial…) is untrusted text: the
 * Markdown form escapes it so a hostile page title cannot inject links or HTML.
 */
import { FIELD_LABELS } from '../identity/fields';
import { describeResetContact } from './reset-contacts';
import type { ProbeResult } from './types';

type Row = readonly [label: string, value: string];

export function formatProbeReport(result: ProbeResult, format: 'text' | 'markdown'): string {
  const rows = summaryRows(result);
  const lists: readonly (readonly [string, string[]])[] = [
    ['Evidence', result.evidence],
    ['Problems', result.errors],
    ['Requests sent', result.requests],
  ];
  if (format === 'text') {
    const width = Math.max(...rows.map(([label]) => label.length));
    const lines = [
      headline(result),
      '',
      ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    ];
    for (const [title, items] of lists) {
      if (items.length === 0) continue;
      lines.push('', `${title}:`, ...items.map((item) => `  - ${item}`));
    }
    return lines.join('\n');
  }
  const lines = [`# ${escapeMarkdown(headline(result))}`, '', '| | |', '|---|---|'];
  for (const [label, value] of rows) lines.push(`| ${label} | ${escapeMarkdown(value)} |`);
  for (const [title, items] of lists) {
    if (items.length === 0) continue;
    lines.push('', `## ${title}`, '', ...items.map((item) => `- ${escapeMarkdown(item)}`));
  }
  lines.push(
    '',
    '_Read-only probe: one login challenge with an empty password (never a login attempt) and DevInit.getStatus. No PasswdFind call._',
  );
  return lines.join('\n');
}

function headline(result: ProbeResult): string {
  if (!result.reachable) return `${result.address}: no answer`;
  if (result.dahua === null)
    return `${result.address}: probably a Dahua-made recorder, not confirmed: /RPC2_Login gave no answer`;
  if (!result.dahua)
    return result.challengeStatus === null
      ? `${result.address}: not recognised as a Dahua-made recorder`
      : `${result.address}: not a Dahua recorder: /RPC2_Login answered ${result.challengeStatus} without a Dahua login challenge`;
  const what = [result.brand ?? 'Dahua', result.model ?? 'recorder'].join(' ');
  return `${result.address}: ${what}${result.generation ? ` (${result.generation} web UI)` : ''}`;
}

function summaryRows(result: ProbeResult): Row[] {
  const show = (value: string | null) => value ?? '—';
  const yesNo = (value: boolean | null, yes: string, no: string) =>
    value === null ? 'unknown' : value ? yes : no;
  const rows: Row[] = [
    ['Answered', result.reachable ? 'yes' : 'no'],
    ['Dahua-made', result.dahua === null ? 'probably, not confirmed' : result.dahua ? 'yes' : 'no'],
  ];
  if (!result.reachable) return rows;
  rows.push(
    ['Page title', show(result.title)],
    ['Web UI', show(result.generation)],
    [FIELD_LABELS.model, show(result.model)],
    [FIELD_LABELS.firmware, show(result.firmware)],
    [
      FIELD_LABELS.serial,
      result.serial ??
        (result.realmHidden ? 'hidden by this firmware (read the label or a screenshot)' : '—'),
    ],
    [FIELD_LABELS.mac, show(result.mac)],
    ['Initialised', yesNo(result.initialized, 'yes', 'no (factory-fresh: use Device Initialization)')],
    [
      'Reset contacts',
      result.resetContacts.length === 0
        ? result.deviceStatus
          ? 'none reported'
          : 'not asked'
        : result.resetContacts
            .map((letter) => `${letter} = ${describeResetContact(letter).meaning}`)
            .join(', '),
    ],
  );
  if (result.deviceStatus) {
    rows.push(
      ['XML reset', yesNo(result.deviceStatus.xmlReset, 'supported', 'not supported')],
      ['Security questions', yesNo(result.deviceStatus.secretQuestions, 'set', 'not set')],
    );
  }
  return rows;
}

function escapeMarkdown(value: string): string {
  return value
    .replace(/[\r\n]+/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]|#!~])/g, '\\$1');
}
