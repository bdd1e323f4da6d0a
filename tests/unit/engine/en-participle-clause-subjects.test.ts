/** A participle of saying after the main clause ("..., saying ...", "by warning that ...")
 * is said by the sentence's subject, also where that subject is owned by a pronoun ("His
 * campaign"), stands after an opening phrase of several commas ("At a rally in Dover, Del.,
 * on Monday, ..."), or where a manner adverb stands between the participle and its clause,
 * or a quoted word in a participle clause joined to it. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('subjects of a participle of saying', () => {
  it.each([
    // A possessive pronoun owns the subject.
    [
      'His campaign sued the Velmar council on Friday, seeking an order to halt the sale, claiming the deal would cost the campaign its offices.',
      'His campaign',
      /the deal would cost/,
    ],
    [
      'Her lawyers filed an appeal in Kelbo on Monday, arguing that the ruling ignored the evidence.',
      'Her lawyers',
      /^the ruling ignored/,
    ],
    // An opening phrase with a state after its town, then a date.
    [
      'At a rally in Dover, Del., on Tuesday, Senator Ann Lunde of Velmar endorsed Mr. Park, saying that he would make an outstanding mayor.',
      'Senator Ann Lunde of Velmar',
      /^he would make/,
    ],
    // An opening date, then a clause of its own before the subject.
    [
      'In June 2009, after the storm hit Kelbo, Dana Lunde emailed her condolences, telling her, "you are the best mayor we have."',
      'Dana Lunde',
      /you are the best mayor/,
    ],
    // A manner adverb before the clause.
    [
      'Mayor Petra Lunde rallied voters in Kelbo by warning darkly that the mill would close within a year.',
      'Mayor Petra Lunde',
      /^the mill would close/,
    ],
    // A quoted name inside the participle clause joined to the one that says.
    [
      'Dana Lunde emailed her thanks, addressing her as "Ann" and telling her, "you are the best mayor we have."',
      'Dana Lunde',
      /you are the best mayor/,
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toMatch(claim);
  });

  it('a subject owned by a pronoun doing something says nothing without a participle of saying', () => {
    expect(
      paragraphClaims('en', 'His campaign sued the Velmar council on Friday, seeking an order.'),
    ).toHaveLength(0);
  });

  it('an adverb before no clause leaves a bare verb no report', () => {
    expect(
      paragraphClaims('en', 'The shares of Velco fell in Kelbo, noting again the losses.'),
    ).toHaveLength(0);
  });
});
