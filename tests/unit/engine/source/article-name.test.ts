/** Stage article-name: "the" and capitalised words no lexicon knows name a thing, not a
 * person. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { articleName } from '@/core/source/stages/article-name';
import { decide, lastSource } from './helpers';

describe('stage article-name', () => {
  it.each([
    'The Velmont Fund said returns rose.',
    'The Harbor Grain Exchange said trading was halted.',
    'The Plain Dealer reported that the dam was unsafe.',
  ])('an organization: %s', (text) => {
    expect(lastSource('en', text)).toMatchObject({ kind: 'organization', basis: 'article-name' });
  });

  it('passes on an honorific, a nation word, a name after "of" or after a person and a comma', () => {
    expect(
      decide(
        articleName,
        'The Rev. Al Brell said the march would go on.',
        'The Rev. Al Brell',
        'en',
      ),
    ).toBeNull();
    expect(
      decide(articleName, 'The Russian Ivan said it was cold.', 'The Russian Ivan', 'en'),
    ).toBeNull();
    expect(
      decide(articleName, 'The fans of The Big Lie say the war was a hoax.', 'The Big Lie', 'en'),
    ).toBeNull();
    expect(
      decide(
        articleName,
        'My old friend, The Angry Cook, says the soup is cold.',
        'The Angry Cook',
        'en',
      ),
    ).toBeNull();
  });

  it('passes when the words after it speak of a person', () => {
    expect(
      decide(articleName, 'The Crown Prince said he would visit.', 'The Crown Prince', 'en'),
    ).toBeNull();
  });

  it('passes on a single word (lone-name decides it) and on a lexicon word', () => {
    expect(decide(articleName, 'The Atlantic reported the deal.', 'The Atlantic', 'en')).toBeNull();
    expect(
      decide(articleName, 'The Harbor Foundation said it.', 'The Harbor Foundation', 'en'),
    ).toBeNull();
  });
});
