/** Stage demonym-person: "the Russian said" is a description of the person named before. */
import { describe, expect, it } from 'vitest';
import { demonymPerson } from '@/core/source/stages/demonym-person';
import { decide, lastSource } from './helpers';

describe('stage demonym-person', () => {
  it('"the Portuguese" after a named coach points back to her', () => {
    const source = lastSource(
      'en',
      'Coach Liane Morvo moved to Oslo in March.',
      '"The fans here are patient," the Portuguese said.',
    );
    expect(source).toMatchObject({ kind: 'named_person', resolvesTo: 'Liane Morvo' });
    expect(source?.basis).toMatch(/^demonym-person\//);
  });

  it('with nobody named before, an unnamed person', () => {
    expect(
      decide(
        demonymPerson,
        'The 40-year-old Kenyan said he ran daily.',
        'The 40-year-old Kenyan',
        'en',
      ),
    ).toMatchObject({ kind: 'anonymous', basis: 'demonym-person' });
  });

  it('"a Kenyan" is someone else, never the person named before', () => {
    const source = lastSource(
      'en',
      'Coach Liane Morvo moved to Oslo in March.',
      'A Kenyan said the track was too hard.',
    );
    expect(source).toMatchObject({ kind: 'anonymous' });
  });

  it.each([
    ['Kenyan President Odo Rami said the race would go ahead.', 'Kenyan President Odo Rami'],
    [
      'The Kenyan athletics federation said the race would go ahead.',
      'The Kenyan athletics federation',
    ],
  ])('passes a nation word that opens a longer phrase: %s', (sentence, phrase) => {
    expect(decide(demonymPerson, sentence, phrase, 'en')).toBeNull();
  });
});

describe('stage demonym-person: the person named just before', () => {
  it('a name in passing in the sentence before wins over a president named earlier', () => {
    const source = lastSource(
      'en',
      'The country is run by President Odo Rami.',
      "Designer Ilsa Varga's hobby is drawing ships.",
      '"I was noticed and now I work here," the Hungarian said.',
    );
    expect(source?.kind).toBe('named_person');
    expect(source?.resolvesTo).toContain('Ilsa Varga');
  });
});
