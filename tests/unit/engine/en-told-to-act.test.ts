/** A verb of telling with a listener and an infinitive ("told the crowd not to film") gives an
 * order and reports no claim; a clause told after the listener, or a "that" clause carried by
 * the infinitive, still reports. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('told to act', () => {
  it.each([
    'Stewards told the crowd not to film the ceremony.',
    'The guide told hikers to turn back before dusk.',
    'Rangers told us to keep away from the cliffs.',
  ])('an order reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });

  it.each([
    ['The coach told fans to trust that the team would recover.', 'the team would recover'],
    ['The ranger told hikers the path to the lake was closed.', 'the path to the lake was closed'],
    ['Odile Ferrant told reporters she was not going to resign.', 'she was not going to resign'],
  ])('%s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toContain(claim);
  });
});
