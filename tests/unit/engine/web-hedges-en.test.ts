/** Hedges in web copy with no source: described, claimed, rumoured. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('hedged claims with no source', () => {
  it.each([
    ['The bridge has been described as the safest in the region.', 'has been described as'],
    ['The sketches were described as early drafts.', 'were described as'],
    ['The vase is claimed to be older than the town.', 'is claimed to'],
    ['Rumor has it that the bakery will move.', 'Rumor has it'],
    ['Rumours suggest the tablet will ship in June.', 'Rumours suggest'],
    ['It is alleged that the fund paid twice.', 'It is alleged'],
  ])('%s', (text, cue) => {
    expect(claims(text)[0]).toMatchObject({ cue, source: { kind: 'unattributed' } });
  });

  it.each([
    'The steps were described as follows.',
    'The parser is described as a state machine in chapter 2.',
  ])('a description in a manual is no hedge: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
