/** Tweeting a thing ("tweeted a picture of ...") reports no words, as writing a book does;
 * tweeting a warning with its "that", or a statement saying something, still does. A
 * quotation opening the sentence is what was written even when a time phrase follows the
 * verb ('"...," she wrote a day later'). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('tweeting things and words', () => {
  it.each([
    'Ilse Marren tweeted a picture of her meeting with the mayor.',
    'The Corvan ministry tweeted a video of the flooded road.',
  ])('a thing tweeted reports nothing: %s', (text) => {
    expect(paragraphClaims('en', text)).toHaveLength(0);
  });

  it.each([
    ['Ilse Marren tweeted a warning that the dam could fail.', 'the dam could fail'],
    ['Ilse Marren tweeted that the dam could fail.', 'the dam could fail'],
    ['"The dam will hold," Ilse Marren tweeted a day later.', 'The dam will hold'],
    ['"The dam will hold," Ilse Marren wrote a day later.', 'The dam will hold'],
  ])('%s', (text, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe('Ilse Marren');
    expect(c?.claim).toBe(claim);
  });
});
