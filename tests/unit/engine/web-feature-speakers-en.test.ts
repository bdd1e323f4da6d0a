/**
 * Named people in feature style: present-tense verbs after a quote ('"...," admits Jane Roe'),
 * "points out", "remembers" with the words before it, "puts it more bluntly:", and "called X
 * \"...\"" (a speaker's label for something), but not a thing called by its name. Sentences
 * written by the team.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const INTRO = 'Ada Brandt, a baker in Hull, opened her shop in 2015. || ';

function last(text: string) {
  const c = storyClaims(INTRO + text, 'en').at(-1);
  return c ? [c.cue, c.source.kind, c.source.name ?? c.source.resolvesTo] : null;
}

describe('feature verbs after a quote', () => {
  it.each([
    ['"It was hard," admits Brandt.', 'admits'],
    ['"We were lucky," recalls Brandt, 44.', 'recalls'],
    ['"Nobody reads the label," notes Brandt.', 'notes'],
    ['"Bread is chemistry," explains Brandt, who trained as a chemist.', 'explains'],
    ['"I was wrong about that," concedes Brandt.', 'concedes'],
    ['"Flour is the easy part," jokes Brandt.', 'jokes'],
    ['"It is too early to tell," cautioned Brandt.', 'cautioned'],
    ['"We had three weeks of cash left," she remembers.', 'remembers'],
  ])('%s', (text, cue) => {
    expect(last(text)).toEqual([cue, 'named_person', 'Ada Brandt']);
  });

  it.each([
    'She remembered the smell of the old oven.',
    'The road climbs, admits no cars and ends at the pier.',
  ])('no words reported: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});

describe('"points out" and "puts it" with an adverb', () => {
  it('Brandt points out that ...', () => {
    expect(last('Brandt points out that rents have doubled.')).toEqual([
      'points out',
      'named_person',
      'Ada Brandt',
    ]);
  });

  it('puts it more bluntly:', () => {
    expect(last('Brandt puts it more bluntly: "We are broke."')?.[0]).toBe('puts it');
  });
});

describe('calling something a name in quotation marks', () => {
  it.each([
    ['Brandt called the new rules "a slow disaster."', 'named_person'],
    ['The council called the plan "premature" and delayed the vote.', 'official_body'],
    ['Shops closed early, which the union called "a warning."', 'organization'],
  ])('%s', (text, kind) => {
    const c = storyClaims(INTRO + text, 'en').at(-1);
    expect([c?.cue, c?.source.kind]).toEqual(['called', kind]);
  });

  it.each([
    'The city runs a database called "Tracker" for parking fines.',
    'The bakery launched an app called Crumb last year.',
    'She called her sister from the station.',
    'The mayor called on residents to stay home.',
    'The match was called off because of the storm.',
    'What is called "sourdough" in shops is often not.',
  ])('no claim: %s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});

describe('a surname with an age is a person', () => {
  it.each([
    ['The ward reopened in May. || Okoro, 42, says she never thought of leaving.', 'says'],
    ['"It was home," said Varga, 67, who ran the mill for years.', 'said'],
  ])('%s', (text, cue) => {
    const c = storyClaims(text, 'en').at(-1);
    expect([c?.cue, c?.source.kind]).toEqual([cue, 'named_person']);
  });
});
