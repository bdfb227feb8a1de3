import { describe, expect, it } from 'vitest';
import { extractFields, findSpans, isComplete, needsLabel, readSpans } from '../../../../shared/ocr/extract';
import { line } from './fake-lines';

describe('extractFields', () => {
  it('finds a model OCR split at its dash, without a label', () => {
    expect(extractFields([line('DHI -NVR5232-4KS2', 400, 150)]).model?.value).toBe('DHI-NVR5232-4KS2');
    expect(extractFields([line('XVR5108HS- I3', 400, 150)]).model?.value).toBe('XVR5108HS-I3');
  });

  it('completes a firmware cut after "Build Date:" with the date beside it or under it', () => {
    const beside = [
      line('System Version', 100, 200),
      line('V4.216.00D0000.6.R, Build Date:', 400, 200),
      line('2017-09-03', 900, 200),
    ];
    expect(extractFields(beside).firmware?.value).toBe('4.216.00D0000.6.R,build:2017-09-03');
    const under = [line('V4.216.00D0000.6.R, Build Date:', 400, 200), line('2017-09-03', 400, 222)];
    expect(extractFields(under).firmware?.value).toBe('4.216.00D0000.6.R,build:2017-09-03');
    // A line under it that is no date is not taken.
    const other = [line('V4.216.00D0000.6.R, Build Date:', 400, 200), line('V3.2.1.948164', 400, 222)];
    expect(extractFields(other).firmware?.value).toBe('4.216.00D0000.6.R');
  });

  it('reads a GUI table: labels in one column, values in the next', () => {
    const lines = [
      line('Device Name', 100, 100),
      line('NVR', 400, 100),
      line('Device Model', 100, 150),
      line('DHI-NVR5232-4KS2', 400, 150),
      line('System Version', 100, 200),
      line('V4.002.0000000.8.R, Build Date: 2021-03-19', 400, 200),
      line('Serial No.', 100, 250),
      line('6G04A2DPAJ93F5C', 400, 250),
      line('MAC Address', 100, 300),
      line('BC:32:5F:7A:09:D2', 400, 300),
    ];
    const fields = extractFields(lines);
    expect(fields.model?.value).toBe('DHI-NVR5232-4KS2');
    expect(fields.serial?.value).toBe('6G04A2DPAJ93F5C');
    expect(fields.mac?.value).toBe('BC:32:5F:7A:09:D2');
    expect(fields.firmware?.value).toBe('4.002.0000000.8.R,build:2021-03-19');
    for (const f of Object.values(fields)) {
      expect(f?.source).toBe('ocr');
      expect(f?.confidence).toBeGreaterThan(0.8);
      expect(f?.confidence).toBeLessThanOrEqual(1);
    }
    expect(fields.serial?.box).toEqual({ x: 400, y: 250, width: 150, height: 16 });
    expect(isComplete(fields)).toBe(true);
  });

  it('reads "Label: value" lines and a sticker with values under their labels', () => {
    const dialog = extractFields([
      line('Device Type: NV4108E-HS', 50, 50),
      line('SN: AMC02A7F1B94E3D2C', 50, 70),
      line('MAC: 9C8ECD41B7E2', 50, 90),
    ]);
    expect(dialog.model?.value).toBe('NV4108E-HS');
    expect(dialog.serial?.value).toBe('AMC02A7F1B94E3D2C');
    expect(dialog.mac?.value).toBe('9C:8E:CD:41:B7:E2');
    expect(dialog.firmware).toBeNull();
    const sticker = extractFields([
      line('S/N', 50, 50, 0.95, 12),
      line('4X7C5A1ZAG21L3F', 50, 66),
      line('Model', 50, 100, 0.95, 12),
      line('N841A82', 50, 116),
    ]);
    expect(sticker.serial?.value).toBe('4X7C5A1ZAG21L3F');
    expect(sticker.model?.value).toBe('N841A82');
  });

  it('reads a label glued to its value by OCR', () => {
    expect(extractFields([line('S/N:5NG7X0JZAFDQFY8', 0, 0)]).serial?.value).toBe('5NG7X0JZAFDQFY8');
  });

  it('joins a serial OCR split in two', () => {
    expect(extractFields([line('Serial No. 4H01D66 PAJ2FA64', 0, 0)]).serial?.value).toBe('4H01D66PAJ2FA64');
  });

  it('takes unlabelled values only when their grammar is unmistakable, with less confidence', () => {
    const fields = extractFields([
      line('DHI-NVR5232-4KS2 | V4.002.0000000.8.R', 0, 0),
      line('BC:32:5F:7A:09:D2', 0, 30),
      line('6G04A2DPAJ93F5C', 0, 60),
    ]);
    expect(fields.model?.value).toBe('DHI-NVR5232-4KS2');
    expect(fields.firmware?.value).toBe('4.002.0000000.8.R');
    expect(fields.mac?.value).toBe('BC:32:5F:7A:09:D2');
    // A bare code could be anything: never a serial without its label.
    expect(fields.serial).toBeNull();
    expect(fields.model!.confidence).toBeLessThan(0.85);
  });

  it('prefers a labelled value over an unlabelled one', () => {
    const fields = extractFields([line('NVR4216-4KS2', 0, 0), line('Model: XVR5108HS-I3', 0, 40)]);
    expect(fields.model?.value).toBe('XVR5108HS-I3');
  });

  it('completes a firmware with a separate Build Date row', () => {
    const fields = extractFields([
      line('Version', 0, 0),
      line('V4.001.0000000.1.R', 200, 0),
      line('Build Date', 0, 30),
      line('2020-11-26', 200, 30),
    ]);
    expect(fields.firmware?.value).toBe('4.001.0000000.1.R,build:2020-11-26');
  });

  it('marks repaired values and lowers their confidence', () => {
    const clean = extractFields([line('MAC Address', 0, 0), line('BC:32:5F:7A:09:D2', 200, 0)]).mac!;
    const repaired = extractFields([line('MAC Address', 0, 0), line('BC:32:5F:7A:O9:D2', 200, 0)]).mac!;
    expect(repaired.value).toBe('BC:32:5F:7A:09:D2');
    expect(repaired.repaired).toBe(true);
    expect(repaired.raw).toBe('BC:32:5F:7A:O9:D2');
    expect(repaired.confidence).toBeLessThan(clean.confidence);
    expect(clean.repaired).toBeUndefined();
  });

  it('tells a zero from a letter O by glyph width', () => {
    // A proportional font: digits 9 px, capitals 13 px, so glyph centres are unevenly spaced.
    const text = 'AMCO2A7F1B94E3D2C';
    const width = (c: string): number => (/\d/.test(c) ? 9 : 13);
    const build = (oWidth: number) => {
      const l = line(`Serial No. ${text}`, 0, 0);
      const word = l.words[2]!;
      let x = word.box.x;
      word.symbols = [...text].map((c) => {
        const w = c === 'O' ? oWidth : width(c);
        const symbol = { text: c, confidence: 0.95, box: { x, y: 0, width: w, height: 16 } };
        x += w + 2;
        return symbol;
      });
      return l;
    };
    // As wide as the digits around it: a zero the LSTM read as O after letters.
    expect(extractFields([build(9)]).serial).toMatchObject({
      value: 'AMC02A7F1B94E3D2C',
      repaired: true,
      raw: text,
    });
    // As wide as a capital: it stays a letter.
    expect(extractFields([build(13)]).serial?.value).toBe(text);
  });

  it('leaves O and 0 alone in monospaced text (no width signal there)', () => {
    expect(extractFields([line('Serial No. AMCO2A7F1B94E3D2C', 0, 0)]).serial?.value).toBe(
      'AMCO2A7F1B94E3D2C',
    );
  });

  it('yields nulls for OCR garbage, never a guess', () => {
    const garbage = [
      line('Serial No. |||l1|I||l|1|', 0, 0),
      line('MAC Address ~~:.,', 0, 30),
      line('Device Model ??', 0, 60),
      line('Version Vv.x.y', 0, 90),
      line('5ERIAL NUMBER IS', 0, 120),
    ];
    expect(extractFields(garbage)).toEqual({ model: null, serial: null, mac: null, firmware: null });
  });

  it('drops values read with too little confidence', () => {
    expect(extractFields([line('Serial No.: 4H01D66PAJ2FA64', 0, 0, 0.1)]).serial).toBeNull();
  });

  it('does not take the next label for a value', () => {
    const fields = extractFields([
      line('Serial No.', 0, 0),
      line('MAC Address', 200, 0),
      line('BC:32:5F:7A:09:D2', 400, 0),
    ]);
    expect(fields.serial).toBeNull();
  });
});

describe('spans and labels', () => {
  it('lists labelled spans inline, right, then below', () => {
    const spans = findSpans([
      line('SN:', 0, 0),
      line('4H01D66PAJ2FA64', 100, 0),
      line('4H01D66PAJ2FA65', 0, 20),
    ]).filter((s) => s.labelled);
    expect(spans.map((s) => s.words.map((w) => w.text).join(' '))).toEqual([
      '4H01D66PAJ2FA64',
      '4H01D66PAJ2FA65',
    ]);
    expect(spans.map((s) => s.rank)).toEqual([0, 1]);
  });

  it('needsLabel: only codes whose grammar does not name them', () => {
    expect(needsLabel('6G04A2DPAJ93F5C')).toBe(true);
    expect(needsLabel('NV4108E-HS')).toBe(true);
    expect(needsLabel('DHI-NVR5232-4KS2')).toBe(false);
    expect(needsLabel('BC:32:5F:7A:09:D2')).toBe(false);
    expect(needsLabel('V4.002.0000000.8.R')).toBe(false);
    expect(needsLabel('V1.00')).toBe(false);
    // A speck read as a dot inside a serial still asks for its label.
    expect(needsLabel('4L.02C55PAZ7E1A3')).toBe(true);
    expect(needsLabel('Device Status')).toBe(false);
    // '@' for a 0 (a 13-character serial must not drop to 12 and lose its label).
    expect(needsLabel('KWH1A@Q6BBU4L')).toBe(true);
  });
});

describe('readSpans dropMisCounted', () => {
  it('leaves out a serial one glyph short of the 15-character shape only when asked', () => {
    const spans = findSpans([line('Serial No.', 100, 100), line('60HEBCXZA5DWEC', 300, 100)]);
    expect(readSpans(spans).serial?.value).toBe('60HEBCXZA5DWEC');
    expect(readSpans(spans, { dropMisCounted: true }).serial).toBeNull();
    const whole = findSpans([line('Serial No.', 100, 100), line('60HEBCXZA5DVVEC', 300, 100)]);
    expect(readSpans(whole, { dropMisCounted: true }).serial?.value).toBe('60HEBCXZA5DVVEC');
  });
});
