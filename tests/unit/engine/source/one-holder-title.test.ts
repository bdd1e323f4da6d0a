/** Stage one-holder-title: a title one person holds at a time, used alone ("the Pope said"),
 * is that person, named; it resolves to the holder's own name given before. Sentences are
 * written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage one-holder-title', () => {
  it.each([
    'The Pope said the church would help families rebuild.',
    'The victims were in his prayers, the pontiff said on Sunday.',
    'The Dalai Lama told reporters he was saddened by the floods.',
    'The Aga Khan said his foundation would fund new schools in Velby.',
    '"We will rebuild," said the Pope.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'named_person',
      basis: 'one-holder-title',
    });
  });

  it('resolves to the holder named before', () => {
    const source = lastSource(
      'en',
      'Pope Leo said on Monday the church would open its doors.',
      'The Pope also said the victims were in his prayers.',
    );
    expect(source).toMatchObject({
      kind: 'named_person',
      basis: 'one-holder-title',
      resolvesTo: 'Pope Leo',
    });
  });

  it('an office many hold is no such title', () => {
    expect(lastSource('en', 'The minister said the church would help.')?.basis).not.toBe(
      'one-holder-title',
    );
  });
});
