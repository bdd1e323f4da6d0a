/** A participle of saying after a comma whose sentence subject is no speaker ("Ties
 * worsened after Ruvia shot down a drone, saying ..."): the subject of the subordinate
 * clause before the comma says it. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('the subject of a subordinate clause before ", saying"', () => {
  it.each([
    [
      'Ties between the two countries soured after Turkey shot down a jet over the lake in May, saying it had crossed into its airspace.',
      'Turkey',
      'it had crossed into its airspace',
    ],
    [
      'Shares fell sharply after the Telmar group cut its forecast, saying demand had weakened.',
      'the Telmar group',
      'demand had weakened',
    ],
    [
      'Traffic was halted when police closed the Arden bridge, saying it was unsafe.',
      'police',
      'it was unsafe',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe(claim);
  });

  it('a sentence subject that can speak keeps the participle', () => {
    const c = onlyClaim(
      'Harbour pilots were angry when the board cut their pay, saying the cut broke the deal.',
      'en',
    );
    expect(c?.source.text).toBe('Harbour pilots');
  });

  it('a participle of a deed names no speaker', () => {
    expect(
      paragraphClaims('en', 'Prices rose after the mill closed, adding to the town’s woes.'),
    ).toEqual([]);
  });
});
