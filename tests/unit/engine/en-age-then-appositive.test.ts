/** "Ines Kellin, 54, a former deckhand, said ...": a person's age between commas, then a
 * description, then the verb; the speaker is the name before the age (as with "Kellin, 54,
 * who ..., said"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry strike entered its third week on Monday.';

describe('a name, an age, then a description before the verb', () => {
  it.each([
    ['Ines Kellin, 54, a former deckhand, said the strike would go on.', 'Ines Kellin'],
    ['Kellin, 54, a former deckhand, said the strike would go on.', 'Kellin'],
    [
      'Marco Dorr, 61, a retired teacher who lives near the port, told reporters the strike would go on.',
      'Marco Dorr',
    ],
  ])('%s', (text, name) => {
    const claims = paragraphClaims('en', LEAD, text);
    expect(claims).toHaveLength(1);
    expect(claims[0]?.source.text.startsWith(`${name}, `)).toBe(true);
    expect(claims[0]?.source.kind).toBe('named_person');
    expect(claims[0]?.claim).toBe('the strike would go on');
  });

  it('a count between commas is no age of a speaker', () => {
    const claims = paragraphClaims(
      'en',
      LEAD,
      'In Orvel, 40, perhaps more, crews said they would stay out.',
    );
    expect(claims.map((c) => c.source.text)).not.toContain('Orvel, 40, perhaps more');
  });
});
