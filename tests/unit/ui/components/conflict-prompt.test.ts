/** What the device card says when a detected value disagrees with the case's. */
import { describe, expect, it } from 'vitest';
import type { IdentityConflict } from '../../../../shared/case/case';
import { conflictPrompt } from '../../../../ui/components/conflict-prompt';

const conflict = (field: IdentityConflict['field'], kept: string, offered: string): IdentityConflict => ({
  field,
  kept,
  offered,
  by: 'detected',
  at: 0,
});

describe('conflictPrompt', () => {
  it('names the field as people read it, with both values and both choices', () => {
    expect(conflictPrompt(conflict('serial', '4L02C55PAZ7E1A9', '4L02C55PAZ7E1A8'))).toEqual({
      text: 'Serial: you have 4L02C55PAZ7E1A9, the device now says 4L02C55PAZ7E1A8.',
      keep: 'Keep 4L02C55PAZ7E1A9',
      take: 'Use 4L02C55PAZ7E1A8',
    });
  });

  it('shows MACs with colons (the case keeps them without)', () => {
    const prompt = conflictPrompt(conflict('mac', '3CEF8C4A197E', '3CEF8C4A197F'));
    expect(prompt.text).toBe('MAC: you have 3C:EF:8C:4A:19:7E, the device now says 3C:EF:8C:4A:19:7F.');
    expect(prompt.take).toBe('Use 3C:EF:8C:4A:19:7F');
  });

  it('case-only fields keep their own label and value', () => {
    expect(conflictPrompt(conflict('origin', 'http://192.168.1.108', 'http://192.168.1.109')).text).toBe(
      'Address: you have http://192.168.1.108, the device now says http://192.168.1.109.',
    );
  });
});
