/** "according to" a practice or a method keeps in line with it and names no source, even
 * when the practice has an owner who could speak ("according to the ministry's pricing
 * strategy"); a source after it still reports, and so does a capitalised agency whose name
 * is also a practice word ("according to Customs"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('according to a practice', () => {
  it.each([
    'The cartel raises or cuts output to steer prices according to the ministry’s pricing strategy.',
    'Stocks were sold according to Marovia’s long-term strategy.',
    'The fund rebalances its holdings according to fixed strategies.',
  ])('no source: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it.each([
    ['Imports of grain fell sharply, according to Customs.', 'Customs'],
    ['Output will rise next year, according to the ministry.', 'the ministry'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });
});

describe('"according to" right after a verb of acting on a known document', () => {
  it('keeping with a treaty says nothing of who spoke', () => {
    const claims = paragraphClaims(
      'en',
      'He expressed hope that the two states would act according to the treaty.',
    );
    expect(claims.some((c) => c.cue === 'according to')).toBe(false);
    expect(claims.every((c) => !c.source.via)).toBe(true);
  });

  it('citing after a participle still names the one cited', () => {
    const c = paragraphClaims('en', 'The mill closed, local media reported citing the mayor.').at(
      -1,
    );
    expect(c?.source.text).toBe('the mayor');
  });
});
