/** "In response to Lee's charge that ..., she said ...": after a possessive name a word of
 * saying is a noun in the sentence's opening phrase; the main clause's speaker says the
 * sentence. "Shouted down" silences someone: no words are reported. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('a possessive noun of saying in the opening phrase', () => {
  it('the main clause speaks', () => {
    const c = onlyClaim(
      "In response to Dana Lunde's charge that she had been weak on the budget, Mayor Ann Park said the city had cut its debt.",
      'en',
    );
    expect(c?.source.text).toBe('Mayor Ann Park');
    expect(c?.cue).toBe('said');
    expect(c?.claim).toMatch(/^the city had cut its debt/);
  });

  it('a possessive noun with no main speaker still reports', () => {
    const c = onlyClaim("Dana Lunde's claim that the bridge in Kelbo is safe was rejected.", 'en');
    expect(c?.claim).toMatch(/the bridge in Kelbo is safe/);
  });
});

describe('shouting someone down', () => {
  it.each([
    'Comedian Dana Lunde was booed and shouted down by the crowd in Kelbo.',
    'Protesters shouted down the mayor of Kelbo at the town hall.',
    'The crowd kept shouting down every speaker in Kelbo.',
  ])('%s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });

  it('shouting words still reports them', () => {
    const c = onlyClaim('"Go home," shouted one man in the crowd at Kelbo.', 'en');
    expect(c?.claim).toMatch(/Go home/);
  });
});
