/** ", saying ..." after a clause whose verb has an object and an adjunct ("briefed reporters
 * on the plan", "addressed the assembly in Geneva"): the subject before that verb says it,
 * also where the verb ends like a participle of a description ("people briefed on ...").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a participle of saying after a verb, its object and an adjunct', () => {
  it.each([
    [
      'A senior official briefed reporters on the plan, saying troops would leave by June.',
      'A senior official',
      'unnamed_official',
    ],
    [
      'The minister briefed lawmakers on Tuesday, saying the budget was balanced.',
      'The minister',
      'unnamed_official',
    ],
    [
      'The spokesman addressed reporters in Geneva, saying the talks had stalled.',
      'The spokesman',
      'unnamed_official',
    ],
    [
      'The president met union leaders at the palace, saying he wanted a deal.',
      'The president',
      'unnamed_official',
    ],
    [
      'The general visited troops at the front, telling them victory was near.',
      'The general',
      'unnamed_official',
    ],
    [
      'The ministry summoned the ambassador on Friday, saying the remarks were unacceptable.',
      'The ministry',
      'official_body',
    ],
  ])('%s', (text, source, kind) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe(kind);
  });

  it('passes a participle that describes the head', () => {
    const text =
      'The newly elected mayor signed the order on Monday, saying the city needed change.';
    expect(onlyClaim(text, 'en')?.source.text).toBe('The newly elected mayor');
  });

  it('needs a source before the verb', () => {
    expect(
      paragraphClaims(
        'en',
        'The storm battered the coast overnight, leaving thousands without power.',
      ),
    ).toEqual([]);
    expect(
      paragraphClaims('en', 'Prices climbed in March, saying nothing of the wage gap.'),
    ).toEqual([]);
  });
});
