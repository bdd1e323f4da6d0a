/** Before a verb of findings, "they" is the plural document named just before (in the
 * sentence, or opening the sentence before), not unnamed people; people named before keep
 * it. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource, sourceIn } from './source/helpers';

describe('"they" before a verb of findings', () => {
  it('points to plural figures earlier in its sentence', () => {
    const source = lastSource(
      'en',
      'When the estimates were revised in March, they showed that rents had doubled.',
    );
    expect(source?.kind).toBe('document');
    expect(source?.basis).toBe('pronoun/findings');
  });

  it('points to the data opening the sentence before', () => {
    const source = sourceIn(
      'en',
      ['The statistics came out in April.', 'They indicate that rents had doubled.'],
      1,
    );
    expect(source?.kind).toBe('document');
  });

  it('keeps people named before it', () => {
    const source = sourceIn(
      'en',
      ['Economists met in Avon on Friday.', 'They found that rents had doubled.'],
      1,
    );
    expect(source?.kind).toBe('anonymous');
  });

  it('keeps a name in its own sentence', () => {
    const source = lastSource(
      'en',
      'When Ada Lund read the statistics in March, they showed that rents had doubled.',
    );
    expect(source?.kind).not.toBe('document');
  });
});
