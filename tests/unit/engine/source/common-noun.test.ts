/** Stage common-noun: a plain noun phrase no lexicon lists, by the ending of its head. */
import { describe, expect, it } from 'vitest';
import { commonNoun } from '@/core/source/stages/common-noun';
import { decide, lastSource } from './helpers';

describe('stage common-noun', () => {
  it.each([
    ['The ferry left an hour late, some commuters said.', 'some commuters'],
    ['The vote was rigged, hardline loyalists said.', 'hardline loyalists'],
    ['Two beekeepers said the hives were empty by June.', 'Two beekeepers'],
    ['The road was shut for hours, a trustee of the fund said.', 'a trustee of the fund'],
  ])('a noun for people by what they do is an unnamed source: %s', (sentence, phrase) => {
    expect(decide(commonNoun, sentence, phrase, 'en')).toMatchObject({
      kind: 'anonymous',
      basis: 'common-noun',
    });
  });

  it.each([
    ['The bridge held, the evidence said.', 'the evidence'],
    ['The bridge held, Lionfield Beekeepers said.', 'Lionfield Beekeepers'],
    ['The bridge held, the town and its beekeepers said.', 'the town and its beekeepers'],
    ['The bridge held, the rumor said.', 'the rumor'],
  ])('passes on things, names and clauses: %s', (sentence, phrase) => {
    expect(decide(commonNoun, sentence, phrase, 'en')).toBeNull();
  });

  it('decides through the pipeline only where no other stage knows the words', () => {
    expect(lastSource('en', 'The hives were empty, beekeepers said.')).toMatchObject({
      kind: 'anonymous',
      basis: 'common-noun',
    });
    expect(lastSource('en', 'The hives were empty, residents said.')).toMatchObject({
      kind: 'anonymous',
      basis: 'lexicon-head',
    });
  });

  it('Indonesian copy: the words before a verb are no plain noun phrase', () => {
    expect(lastSource('id', 'Terlalu sering mengatakan "ya" membuat orang lelah.')).toBeUndefined();
  });

  it('Indonesian: a pe- noun opening the sentence is capitalised only for that', () => {
    expect(
      decide(commonNoun, 'Peternak lebah mengatakan sarang kosong.', 'Peternak lebah', 'id'),
    ).toMatchObject({ kind: 'anonymous', basis: 'common-noun' });
  });
});
