/** Participles of saying after a form of "be" ("has been insisting that", "was telling
 * reporters that"). Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { progressiveVerb } from '@/core/rules/progressive-verb';
import { run } from '../helpers';

describe('progressive-verb', () => {
  it.each([
    ['Ines Kellin has been insisting that the strike was lawful.', 'insisting', 'Ines Kellin'],
    ['Ines Kellin was telling reporters that the strike would go on.', 'telling', 'Ines Kellin'],
    ['Harbour pilots are now saying that the ferries will run.', 'saying', 'Harbour pilots'],
    ['Passengers were complaining that the ferries were late.', 'complaining', 'Passengers'],
    ['The union had been arguing: "The ferries are unsafe."', 'arguing', 'The union'],
  ])('%s', (text, cue, source) => {
    const [c, ...rest] = run(progressiveVerb, text, 'en');
    expect(rest).toEqual([]);
    expect([c?.[0], c?.[2]]).toEqual([cue, source]);
  });

  it.each([
    'The figures are telling.',
    'The union is calling for talks.',
    'The ferry firm is calling them "smart" ferries.',
    'The firm was claiming benefits it did not deserve.',
    'It is worth noting that the ferries are old.',
    'The union is warning that more strikes are coming.',
  ])('no candidate: %s', (text) => {
    expect(run(progressiveVerb, text, 'en')).toEqual([]);
  });

  it('finds nothing in Indonesian, which has no such forms in its pack', () => {
    expect(run(progressiveVerb, 'Budi sedang mengatakan bahwa kapal itu tua.', 'id')).toEqual([]);
  });
});
