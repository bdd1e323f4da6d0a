/** ", said Jon Roe, a fellow at ...": a named person right after "said", closing the sentence
 * alone or with one aside, is the speaker of the words before the verb even when those words
 * hold commas of their own (a list of firms); a name the verb goes on past ("said Roe, the
 * chief, would resign") is what was said. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a named speaker closing the sentence', () => {
  it.each([
    [
      'Its engines lag those of Acme, Brill and Corvo, said Ilse Marren, a fellow at the Halden Institute.',
      'Ilse Marren, a fellow at the Halden Institute',
    ],
    ['Its engines lag those of Acme, Brill and Corvo, said Ilse Marren.', 'Ilse Marren'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.claim).toBe('Its engines lag those of Acme, Brill and Corvo');
  });

  it('a name the verb goes on past is what was said', () => {
    const c = onlyClaim(
      'The firm, which was founded in 1990, said Ilse Marren, the chief, would resign.',
      'en',
    );
    expect(c?.source.kind).toBe('organization');
    expect(c?.claim).toMatch(/would resign/);
  });
});
