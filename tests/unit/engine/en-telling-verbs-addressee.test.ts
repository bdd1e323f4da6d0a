/** Verbs of telling whose addressee stands right after them ("assured passengers that ...",
 * "reminded the board that ...") report the words after "that"; with no "that" clause
 * ("reminded voters to register", "informed police of the theft") or as an adjective
 * ("informed sources", "rest assured") they report nothing of their own. "Characterized ...
 * as" labels like "described ... as"; "characterized by" describes. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry strike entered its third week on Monday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('verbs of telling with an addressee', () => {
  it.each([
    ['assured passengers', 'assured'],
    ['reassured the passengers', 'reassured'],
    ['informed the harbour board', 'informed'],
    ['reminded shareholders', 'reminded'],
  ])('Ines Kellin %s that ...', (phrase, cue) => {
    expect(claimsOf(`Ines Kellin ${phrase} that the ferries would run.`)).toEqual([
      [cue, 'Ines Kellin', 'the ferries would run'],
    ]);
  });

  it.each([
    'Ines Kellin reminded voters to register before Friday.',
    'The ferry firm informed police of the theft.',
    'Ines Kellin kept the board informed about the talks.',
    'Rest assured, the ferries will run.',
    'Ines Kellin reminds me of my grandmother.',
    'The ferries were a period piece characterized by brass fittings.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('informed sources are still sources', () => {
    expect(claimsOf('Informed sources said the board would meet on Friday.')).toEqual([
      ['said', 'Informed sources', 'the board would meet on Friday'],
    ]);
  });

  it('"characterized ... as" labels', () => {
    const [c] = paragraphClaims('en', LEAD, 'Ines Kellin characterized the offer as an insult.');
    expect([c?.cue, c?.source.text]).toEqual(['characterized', 'Ines Kellin']);
  });
});
