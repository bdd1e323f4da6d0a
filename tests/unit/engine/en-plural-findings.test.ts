/** Plural findings report ("Court papers reveal that ...", "studies find that ..."), an
 * infinitive is a purpose and no finding ("polls the queue to find jobs").
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (texts: string[]) => paragraphClaims('en', ...texts);

describe('plural findings and purposes', () => {
  it.each([
    ['Court documents reveal that the mayor met the builder twice.', 'documents', 'reveal'],
    ['Several studies find that the reef recovers within a decade.', 'studies', 'find'],
    ['Earlier surveys have found that most tenants want the pier sold.', 'surveys', 'have found'],
  ])('%s', (text, source, cue) => {
    const [c] = claims([text]);
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toContain(source);
    expect(c?.cue).toBe(cue);
  });

  it.each([
    'The worker polls the queue to find jobs that are ready to run.',
    'When a map is opened, we plan to show its current position.',
  ])('an infinitive is no finding: %s', (text) => {
    expect(claims([text])).toEqual([]);
  });
});
