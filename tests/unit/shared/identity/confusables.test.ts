import { describe, expect, it } from 'vitest';
import { asDigits, asHex, asLetter, unpunctuate } from '../../../../shared/identity/confusables';

describe('confusables', () => {
  it('asDigits maps the five documented pairs and their lower-case look-alikes', () => {
    expect(asDigits('OIlSBZ')).toEqual({ text: '011582', repaired: true });
    expect(asDigits('2021')).toEqual({ text: '2021', repaired: false });
    expect(asDigits('20A1')).toBeNull();
  });

  it('asDigits uses the rarer look-alikes only when asked', () => {
    expect(asDigits('D6')).toBeNull();
    expect(asDigits('DG', true)).toEqual({ text: '06', repaired: true });
  });

  it('asHex keeps hex letters (B stays B) and repairs only non-hex ones', () => {
    expect(asHex('bc5f')).toEqual({ text: 'BC5F', repaired: false });
    expect(asHex('OI5Z')).toEqual({ text: '0152', repaired: true });
    expect(asHex('XY')).toBeNull();
    // T is a small-font 7, G a 6: neither has another hex reading.
    expect(asHex('CAT1')).toEqual({ text: 'CA71', repaired: true });
    expect(asHex('G0')).toEqual({ text: '60', repaired: true });
  });

  it('asLetter turns digits back into their letter look-alikes', () => {
    expect(asLetter('0')).toEqual({ text: 'O', repaired: true });
    expect(asLetter('a')).toEqual({ text: 'A', repaired: false });
    expect(asLetter('7')).toBeNull();
  });

  it('unpunctuate maps the punctuation tesseract emits for a glyph, and nothing else', () => {
    expect(unpunctuate('5SNG7X0)ZA')).toBe('5SNG7X0JZA');
    expect(unpunctuate('KWH1A@Q6')).toBe('KWH1A0Q6');
    expect(unpunctuate('$€')).toBe('SE');
    expect(unpunctuate('3C:EF-8C.0A')).toBe('3C:EF-8C.0A');
  });
});
