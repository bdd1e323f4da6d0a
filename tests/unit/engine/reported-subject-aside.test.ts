/**
 * "The rare visit, reported by Statenews, points to ...": a passive cue in an aside between a
 * short subject opening the sentence and its verb says who reported the event the subject
 * names (the claim); the sentence's verb is the writer's reading, no claim of the outlet's.
 * A relay opening or closing the sentence ("As reported by ...", "..., as reported by ...")
 * still carries its claim. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const claims = (text: string, lang: 'en' | 'id' = 'en') =>
  storyClaims(text, lang).map((c) => [c.cue, c.source.text, c.claim]);

describe('a reporting aside after the subject', () => {
  it.each([
    'The brief visit, reported by Statenews, points to closer ties between the two ports.',
    'The harbour deal, reported by the Daily Planet, marks a turn in the long dispute.',
  ])('%s: the outlet reported the event, not the reading after it', (sentence) => {
    const reported = claims(sentence).filter((c) => c[0] === 'reported by');
    expect(reported).toHaveLength(1);
    expect(reported[0]?.[2]).toMatch(/^The (brief visit|harbour deal)$/);
  });

  it('a relay opening the sentence keeps its claim', () => {
    expect(claims('As reported by Statenews, the harbour talks had failed.')).toEqual([
      ['As reported by', 'Statenews', 'the harbour talks had failed'],
    ]);
  });

  it('a relay closing the sentence keeps its claim', () => {
    expect(claims('The harbour talks had failed, as reported by Statenews.')).toEqual([
      ['as reported by', 'Statenews', 'The harbour talks had failed'],
    ]);
  });
});
