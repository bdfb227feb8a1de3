import { describe, expect, it } from 'vitest';
import { dahuaFlag, decideByAnswer } from '../../../../shared/detection/decide';

const dahua = { kind: 'answered', status: 200, dahuaShaped: true } as const;
const notFound = { kind: 'answered', status: 404, dahuaShaped: false } as const;
const absent = { kind: 'absent' } as const;

describe('decideByAnswer', () => {
  it('a Dahua-shaped answer confirms a certain or candidate page', () => {
    expect(decideByAnswer('certain', dahua)).toBe('confirmed');
    expect(decideByAnswer('candidate', dahua)).toBe('confirmed');
  });
  it('a clear non-Dahua answer (404 with HTML) rejects even a certain page', () => {
    expect(decideByAnswer('certain', notFound)).toBe('rejected');
    expect(decideByAnswer('candidate', notFound)).toBe('rejected');
  });
  it('an absent answer leaves a certain page unconfirmed and a candidate rejected', () => {
    expect(decideByAnswer('certain', absent)).toBe('unconfirmed');
    expect(decideByAnswer('candidate', absent)).toBe('rejected');
  });
  it('maps to probe --json dahua: true | null | false', () => {
    expect(dahuaFlag('confirmed')).toBe(true);
    expect(dahuaFlag('unconfirmed')).toBeNull();
    expect(dahuaFlag('rejected')).toBe(false);
  });
});
