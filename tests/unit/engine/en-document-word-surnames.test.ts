/** A surname that is also a document's word ("Tom Survey", "Ana Poll"): when what follows
 * the name says it is a person's (an age, "who", an appositive about a person), the words
 * are a name, not a document. Without such a sign the document reading stays ("Harbor
 * Review, a quarterly journal", "Coastal Survey, a government agency"). Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('document words as surnames', () => {
  it.each([
    ['Tom Survey, a fisherman, said the water came in fast.', 'Tom Survey'],
    ['"It came in fast," said Tom Survey, a fisherman.', 'Tom Survey'],
    ['Ana Poll, who runs a bakery, said sales had dropped.', 'Ana Poll'],
    [
      'Mark Study, a hydrologist at Delmar University, said the models were cautious.',
      'Mark Study',
    ],
    ['Sam Report, 45, said the river was rising.', 'Sam Report'],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
  });

  it.each([
    'Harbor Review, a quarterly journal, said the port was shrinking.',
    'Coastal Survey, a government agency, said the dunes were shrinking.',
    'The Annual Survey, which is published each spring, found that rents rose.',
  ])('a title or a body stays what it was: %s', (text) => {
    expect(onlyClaim(text, 'en')?.source.kind).not.toBe('named_person');
  });
});
