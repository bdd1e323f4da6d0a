/** Stage share-alone: a poll's share of respondents standing alone as the subject ("26
 * percent said") is the unnamed people it counted. Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { shareAlone } from '@/core/source/stages/share-alone';
import { onlyClaim, paragraphClaims } from '../helpers';
import { decide } from './helpers';

describe('stage share-alone', () => {
  it.each([
    ['Last month, 31 percent said the ferry was too slow.', '31 percent'],
    ['More than six in 10 said they would not ride the new ferry.', 'More than six in 10'],
    ['About 40 per cent say the bridge should be rebuilt.', 'About 40 per cent'],
    ['Two out of three said the fares were fair.', 'Two out of three'],
  ])('%s', (text, phrase) => {
    expect(decide(shareAlone, text, phrase, 'en')).toMatchObject({ kind: 'anonymous' });
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(phrase);
    expect(c?.source.basis).toBe('share-alone');
  });

  it('a share after "with" speaks through its participle', () => {
    const c = onlyClaim('Riders back the plan, with 55 percent saying fares should fall.', 'en');
    expect(c?.source).toMatchObject({ text: '55 percent', kind: 'anonymous' });
    expect(c?.claim).toBe('fares should fall');
  });

  it.each([
    ['Sebanyak 26 persen mengatakan harga tiket feri terlalu mahal.', 'Sebanyak 26 persen'],
    ['Enam dari 10 menyatakan puas dengan layanan feri.', 'Enam dari 10'],
  ])('Indonesian: %s', (text, phrase) => {
    expect(onlyClaim(text, 'id')?.source).toMatchObject({ text: phrase, kind: 'anonymous' });
  });

  it.each([
    'Fares rose 26 percent last year.',
    'The ferry was 10 minutes late in 9 of 10 trips.',
    'A small rise, say ten percent, would hurt the ferry.',
  ])('a share of a thing is no source: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it('a share of named people keeps its noun', () => {
    const c = onlyClaim('Sixty percent of teachers in Lowick say they plan to quit.', 'en');
    expect(c?.source.text).toBe('teachers in Lowick');
  });
});
