import { describe, expect, it } from 'vitest';
import {
  DEFAULT_BODY_TEMPLATE,
  DEFAULT_SUBJECT_TEMPLATE,
  formatExportedAt,
  MISSING_TEXT,
  placeholdersIn,
  PLACEHOLDER_NAMES,
  renderTemplate,
} from '../../../../shared/email/index';

describe('renderTemplate', () => {
  it('fills known placeholders, with or without spaces inside the braces', () => {
    const r = renderTemplate('{{model}} / {{ serial }} / {{mac}}', {
      model: 'NVR4108HS',
      serial: '7K03B21PAZ4C9D1',
      mac: '3C:EF:8C:4A:19:7E',
    });
    expect(r).toEqual({ text: 'NVR4108HS / 7K03B21PAZ4C9D1 / 3C:EF:8C:4A:19:7E', missing: [], unknown: [] });
  });

  it('reports missing values and renders them visibly', () => {
    const r = renderTemplate('SN {{serial}}, FW {{firmware}}, site {{siteRef}}', {
      serial: '7K03B21PAZ4C9D1',
      firmware: '  ',
      siteRef: null,
    });
    expect(r.text).toBe(`SN 7K03B21PAZ4C9D1, FW ${MISSING_TEXT}, site ${MISSING_TEXT}`);
    expect(r.missing).toEqual(['firmware', 'siteRef']);
    expect(renderTemplate('{{serial}}', {}, { missingText: '' }).text).toBe('');
  });

  it('reports unknown placeholders and leaves them as written', () => {
    const r = renderTemplate('Hi {{customer}}, {{serial}} {{ Serial }}', { serial: 'X' });
    expect(r.text).toBe('Hi {{customer}}, X {{ Serial }}');
    expect(r.unknown).toEqual(['customer', 'Serial']);
  });

  it('values are plain text inserted once: no re-expansion, no line breaks, no control characters', () => {
    const r = renderTemplate('Subject: {{model}}\nBody', {
      model: 'NVR\r\nBcc: victim@example.com {{serial}}\u0007',
    });
    expect(r.text).toBe('Subject: NVR Bcc: victim@example.com {{serial}}\nBody');
    expect(r.missing).toEqual([]);
  });

  it("keeps the template's own line breaks, normalised to LF", () => {
    expect(renderTemplate('a\r\nb\rc', {}).text).toBe('a\nb\nc');
  });

  it('the default templates use only known placeholders and ask for what support needs', () => {
    const used = [...placeholdersIn(DEFAULT_SUBJECT_TEMPLATE), ...placeholdersIn(DEFAULT_BODY_TEMPLATE)];
    expect(used.every((n) => (PLACEHOLDER_NAMES as string[]).includes(n))).toBe(true);
    for (const name of PLACEHOLDER_NAMES) expect(DEFAULT_BODY_TEMPLATE).toContain(`{{${name}}}`);
    expect(DEFAULT_BODY_TEMPLATE).toMatch(/reset file/);
    expect(DEFAULT_BODY_TEMPLATE).toMatch(/proof of ownership/i);
    expect(DEFAULT_BODY_TEMPLATE).toMatch(/invoice/);
    expect(DEFAULT_BODY_TEMPLATE).toMatch(/photo of the label/);
    // Plain text: no links, no markup, nothing that could track.
    expect(DEFAULT_BODY_TEMPLATE).not.toMatch(/https?:|<[a-z]/i);
  });

  it('formats the export time in UTC', () => {
    expect(formatExportedAt(Date.UTC(2025, 2, 4, 10, 22, 33))).toBe('2025-03-04 10:22 UTC');
    expect(formatExportedAt(Number.NaN)).toBe('');
  });
});
