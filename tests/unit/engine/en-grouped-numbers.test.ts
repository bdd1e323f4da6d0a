/** A number grouped with commas ("5,600") is one word: its comma is no clause break, so an
 * unnamed source right after a counted noun ("the 5,600 buildings officials said were
 * destroyed") is read without the figure's tail. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/core/text';
import { onlyClaim } from './helpers';

describe('grouped numbers', () => {
  it('keeps digits grouped by commas in one word', () => {
    expect(tokenize('about 1,234,567 people, 5,60 and 12,3456').map((t) => t.text)).toEqual([
      'about',
      '1,234,567',
      'people',
      ',',
      '5',
      ',',
      '60',
      'and',
      '12',
      ',',
      '3456',
    ]);
  });

  it('an unnamed source after a counted noun', () => {
    const c = onlyClaim(
      'Crews searched the more than 5,600 homes Veloran officials said were destroyed.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text: 'Veloran officials' });
  });
});
