/** An adverb between a speaker (or its auxiliary) and the verb of saying belongs to neither:
 * "has since said", "vehemently denied", "meanwhile said". The speaker stays the phrase
 * before it. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('adverbs between a speaker and the verb', () => {
  it.each([
    ['Mira Lenz has since said that the tally was wrong.', 'Mira Lenz'],
    ['The head of the port board, Mira Lenz, has since said the tally was wrong.', 'Mira Lenz'],
    ['The harbour board has just said the tally was wrong.', 'The harbour board'],
    ['Mira Lenz vehemently denied that the tally was wrong.', 'Mira Lenz'],
    ['Mira Lenz categorically denied that she had resigned.', 'Mira Lenz'],
    ['Mira Lenz has eventually conceded that the tally was wrong.', 'Mira Lenz'],
    ['Mira Lenz has ultimately acknowledged the tally was wrong.', 'Mira Lenz'],
    ['The Dorvan ministry meanwhile said the tally was wrong.', 'The Dorvan ministry'],
    ['The Dorvan ministry however said the tally was wrong.', 'The Dorvan ministry'],
    ['Mira Lenz angrily told reporters that the tally was wrong.', 'Mira Lenz'],
    ['Mira Lenz has similarly argued that the tally was wrong.', 'Mira Lenz'],
    // a reflexive of emphasis, as Indonesian "sendiri"
    ['Ms. Lenz herself said that the tally was wrong.', 'Ms. Lenz'],
    ['The harbour board itself reported that the tally was wrong.', 'The harbour board'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toContain(source);
    expect(c?.source.text).not.toMatch(/(ly|since|just|meanwhile|however|self)$/);
  });

  it('a conjunction "since" still opens its own clause', () => {
    const c = onlyClaim('Fares have risen since analysts said the ferry was unsafe.', 'en');
    expect(c?.source.text).toBe('analysts');
    expect(c?.claim).toBe('the ferry was unsafe');
  });
});
