/** Phrasings of technical posts, essays and how-to pages that look like reporting cues but
 * report no one's words: "according to" a method or a mood, the writer's and the reader's
 * own voice ("you'd think", "we'll find"), a verb's form as a plural noun ("the API
 * calls,"). Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('no claim', () => {
  it.each([
    'The worker picks the next slot according to backoff logic.',
    'According to the usual retry logic, the job runs again after a minute.',
    'According to my humour I left the gate open or shut it.',
    'The feed is sorted according to a simple formula of likes and age.',
    "You'd think the larger kettle would boil faster, but it does not.",
    'You’d think the larger kettle would boil faster, but it does not.',
    "We'd argue that the old bridge in Lowick is the better walk.",
    "You'll find that the second path is shorter.",
    'Upon receiving the API calls, the server updates the record.',
    'After the status RPC calls; the worker sleeps.',
  ])('%s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});

describe('still a claim', () => {
  it.each([
    [
      'According to the algorithm designers, the feed favours new posts.',
      'the algorithm designers',
    ],
    ['According to the plan, the crews will leave Lowick by May.', 'the plan'],
    // the reflexive of emphasis is no part of the source (as Indonesian "sendiri")
    ['The study itself found that the shops in Lowick had closed.', 'The study'],
    ['The Lowick report calls the plan "a disaster".', 'The Lowick report'],
  ])('%s', (text, source) => {
    expect(onlyClaim(text, 'en')?.source.text).toBe(source);
  });

  it("the writer's own research is still a document", () => {
    const text = 'In our 2019 study we found that half of the shops in Lowick had closed.';
    expect(onlyClaim(text, 'en')?.source.kind).toBe('document');
  });
});
