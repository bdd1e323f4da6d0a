/**
 * Words in web pages that look like attributions and are not: generic sayings, contractions
 * read as names, a possessive before a cue word. And the adverbs that may stand between a
 * source and its verb. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string) => storyClaims(text, 'en');

describe('a contraction is no source', () => {
  it("That's long been said about the old mill.", () => {
    expect(claims("That's long been said about the old mill.")).toEqual([]);
  });

  it('"It\'s often said" is the hedge "it is often said", with no source', () => {
    const [contracted] = claims("It's often said that the first step is the hardest.");
    const [written] = claims('It is often said that the first step is the hardest.');
    expect(contracted?.rule).toBe(written?.rule);
    expect(contracted?.source.kind).toBe('unattributed');
    expect(contracted?.source.text).toBe('');
  });

  it('"she\'s said" is still her words', () => {
    const c = claims(
      "Jane Roe, a nurse, joined in May. || She's said that the ward is short of beds.",
    );
    expect(c.at(-1)?.source.resolvesTo).toBe('Jane Roe');
  });
});

describe('adverbs between a source and its verb', () => {
  it.each([
    ['Jane Roe has long argued that the levy is unfair.', 'Jane Roe'],
    ['Economists often say that rents lag prices.', 'Economists'],
    ['The Harbor Trust has always maintained that the pier is safe.', 'The Harbor Trust'],
  ])('%s', (text, source) => {
    expect(claims(text)[0]?.source.text).toBe(source);
  });
});

describe('technical and story text that finds, calls or describes things', () => {
  it.each([
    'The crew crossed the dunes for weeks. || They found ruined towers and rusted machines.',
    'The loop is short. || For each entry, it calls the function hashKey once.',
    'The frontend sends each job to the task queue described below.',
    'As described above, the cache is cleared every hour.',
    'The film follows a young cook who finds herself drawn to the night shift.',
    'In the north, the province has found itself on the same side as its old rival.',
  ])('%s', (text) => {
    expect(claims(text)).toEqual([]);
  });

  it.each([
    ['The Harbor Trust released its audit. || It found that the pier was unsafe.', 'found'],
    ['Statenews said the test had worked. || They also showed a launcher on a truck.', 'showed'],
  ])('a finding still reported: %s', (text, cue) => {
    expect(claims(text).at(-1)?.cue).toBe(cue);
  });

  it('auxiliaries and adverbs are no part of a document subject', () => {
    expect(claims('Studies have found that walking helps.')[0]?.source.text).toBe('Studies');
    expect(claims('The survey also found that most readers use a phone.')[0]?.source.text).toBe(
      'The survey',
    );
  });
});
