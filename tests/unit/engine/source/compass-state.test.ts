/** Stage compass-state: "the North", "the South" standing for a state of a divided land. */
import { describe, expect, it } from 'vitest';
import { compassState } from '@/core/source/stages/compass-state';
import { decide, lastSource } from './helpers';

describe('stage compass-state', () => {
  it('reads "the North" as a government, not the leader named with the word before', () => {
    expect(
      lastSource(
        'en',
        'Northland leader Arvo Penn said the republic had tested a new rocket.',
        'The border drills began on Monday, which the North called "a rehearsal for war".',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'compass-state' });
  });

  it('reads a possessive claim noun of the South as the government', () => {
    expect(
      lastSource('en', "Observers doubt the South's claim that the ferry was hit by a mine."),
    ).toMatchObject({ kind: 'official_body', basis: 'compass-state', text: "the South's" });
  });

  it('points back to the state named before with the word', () => {
    expect(
      lastSource(
        'en',
        'North Korea said on Monday it had closed the crossing.',
        'The North said the crossing would stay shut until spring.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'compass-state', resolvesTo: 'North Korea' });
  });

  it('passes on a compass word written in lower case, or with no "the"', () => {
    const sentence = 'In the north residents said the roads were blocked.';
    expect(decide(compassState, sentence, 'the north', 'en')).toBeNull();
    expect(decide(compassState, 'North said he would run.', 'North', 'en')).toBeNull();
  });
});
