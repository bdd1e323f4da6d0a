/** Stage institution-name: a firm's name with no organization word, known as a firm's from
 * elsewhere in the article. */
import { describe, expect, it } from 'vitest';
import { sourceIn } from './helpers';

describe('stage institution-name', () => {
  it('a name the article writes with an organization word is the firm', () => {
    const sentences = [
      'Harlow Pryce said it would cut 500 jobs.',
      'Shares of Harlow Pryce Group fell 3 percent.',
    ];
    expect(sourceIn('en', sentences, 0)).toMatchObject({
      kind: 'organization',
      basis: 'institution-name',
    });
  });

  it('with no such evidence two capitalised words stay a person', () => {
    expect(sourceIn('en', ['Harlow Pryce said it would cut 500 jobs.'], 0)).toMatchObject({
      kind: 'named_person',
      basis: 'named-person',
    });
  });

  it('a name also given a title is a person', () => {
    const sentences = [
      'Harlow Pryce said it would cut 500 jobs.',
      'Shares of Harlow Pryce Group fell.',
      'Senator Pryce objected.',
    ];
    expect(sourceIn('en', sentences, 0)?.kind).toBe('named_person');
  });
});
