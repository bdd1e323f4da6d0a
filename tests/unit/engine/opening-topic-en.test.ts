/** "On reports that X, the spokesman said Y": a cue inside the opening phrase about words
 * said is what the main clause answers; the main clause's speaker is the sentence's source,
 * and the reports are no outlet carrying the speaker's words. Sentences written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an opening phrase about reports or claims (English)', () => {
  it.each([
    [
      'On reports by some foreign media which claim that the envoy was killed, the spokesman said such reports were false.',
      'the spokesman',
      'such reports were false',
    ],
    [
      'On the claims of some media reports saying that the summit will focus on a new deal, Omar Dallo said the reports are false.',
      'Omar Dallo',
      'the reports are false',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.source.via).toBeNull();
    expect(c?.claim).toBe(claim);
  });

  it('a time opening the sentence is no such phrase', () => {
    const c = onlyClaim(
      'On Friday the United States said it had killed two militants, including a commander, described as a leader.',
      'en',
    );
    expect(c?.source.text).toBe('the United States');
  });
});
