/** Epithets for the person a story is about: an age among the qualifiers ("the 31-year-old
 * striker"), a parent counted by children ("the mother of two"), a trade with a capital
 * before it ("the Oscar winner", "the Grammy-winning singer") or a word of public life
 * ("the billionaire"). After a named person they are that person. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './source/helpers';

const INTRO = 'Tamsin Roe grew up in Lowick and left for the city at 18 to sing in bars.';

describe('a described person points back to the person named before', () => {
  it.each([
    'The 31-year-old striker said she was happy to be home.',
    'The mother of two says she will take a break after the tour.',
    'The father of three said the tour would end in May.',
    'The 45-year-old mother of two said she would rest.',
    '"I was terrified," the Oscar winner told reporters after the show.',
    'The Grammy-winning singer said she would play in Lowick again.',
    'The Nobel laureate said the prize had changed little.',
    'The billionaire accused the press of ignoring her charity.',
    'The tycoon said the mill would stay open.',
    'The Dublin-born performer said she owed everything to her mother.',
    'The striker said she was happy to be home.',
  ])('%s', (sentence) => {
    const source = lastSource('en', INTRO, sentence);
    expect(source).toMatchObject({ kind: 'named_person', resolvesTo: 'Tamsin Roe' });
    expect(source?.basis).toMatch(/^described-person\//u);
  });

  it('with nobody named before, an age or a count marks no one', () => {
    expect(lastSource('en', 'The 31-year-old striker said she was happy.')?.kind).not.toBe(
      'named_person',
    );
    expect(lastSource('en', 'The mother of two said she was happy.')?.kind).not.toBe(
      'named_person',
    );
  });

  it('an indefinite description is someone new', () => {
    expect(lastSource('en', INTRO, 'A 31-year-old striker said she was happy.')?.kind).not.toBe(
      'named_person',
    );
  });
});
