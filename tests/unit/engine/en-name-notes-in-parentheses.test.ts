/**
 * A note of lower-case words in parentheses between a speaker and the verb ("Ana Lind
 * (pictured) said", "a resident surnamed Cai (transliteration) told") is skipped: the speaker
 * is the phrase before it. A capitalised note ("(R-Texas)", an acronym) stays part of the
 * source. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const only = (text: string) => paragraphClaims('en', text)[0];

describe('a lower-case note in parentheses before the verb', () => {
  it('a named speaker', () => {
    expect(only('Ana Lind (pictured) said the ferry would run again in June.')).toMatchObject({
      cue: 'said',
      source: { text: 'Ana Lind', kind: 'named_person' },
    });
  });

  it('a name handed over, then a note on its spelling', () => {
    expect(
      only(
        'A stallholder surnamed Wen (transliteration) told the Harbour Times that rents had doubled.',
      )?.source,
    ).toMatchObject({ text: 'Wen', kind: 'named_person' });
  });

  it('a capitalised note stays with the source', () => {
    expect(only('Senator Ana Lind (D-Maine) said the bill would pass.')?.source.text).toBe(
      'Senator Ana Lind (D-Maine)',
    );
  });
});
