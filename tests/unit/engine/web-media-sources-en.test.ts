/**
 * Media as the source in web pages: technology, science and culture publications ("The Verge
 * reported", "according to Ars Technica") are outlets of the bundled registry, and an outlet
 * introduced by a word for one ("the tech site X", "trade publication X") is media, not a
 * company or a person. Names that are also ordinary words count only as cited sources.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { defaultRegistry } from '@/core/outlets';
import { storyClaims } from './helpers';

/** [cue, kind, source text] of the first claim, read with the bundled registry. */
function bundled(text: string) {
  const c = analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: defaultRegistry })
    .claims[0];
  return c ? [c.cue, c.source.kind, c.source.text] : null;
}

describe('specialist publications of the bundled registry', () => {
  it.each([
    ['The Verge reported on Monday that the tablet would ship in March.', 'reported', 'The Verge'],
    ['According to Ars Technica, the flaw affects every release.', 'According to', 'Ars Technica'],
    ['TechCrunch first reported the purchase last week.', 'reported', 'TechCrunch'],
    ['Engadget says the update fixes the charging bug.', 'says', 'Engadget'],
    ['As Wired noted in 2019, the chips are made abroad.', 'noted', 'Wired'],
    ['Variety reported that the series was renewed.', 'reported', 'Variety'],
    ['The outage was first reported by The Register.', 'was first reported by', 'The Register'],
    ['Scientific American reported that the trial was halted.', 'reported', 'Scientific American'],
  ])('%s', (text, cue, source) => {
    expect(bundled(text)).toEqual([cue, 'media', source]);
  });

  it.each([
    ['According to Vice President Ana Ruiz, the plan will help families.', 'named_person'],
    ['Wired headphones, the maker says, last longer than wireless ones.', 'organization'],
  ])('a name that is also a word or a title is no outlet there: %s', (text, kind) => {
    expect(bundled(text)?.[1]).toBe(kind);
  });
});

describe('an outlet introduced by a word for one', () => {
  it.each([
    ['The trade publication Grocer Weekly reported that the chain would shut 40 stores.'],
    ['The tech site Gadgetry reported that the phone would ship in May.'],
    ['Tech blog Chipfeed reported that the chip was delayed.'],
    ['The publication said the editor had resigned.'],
  ])('%s', (text) => {
    expect(storyClaims(text, 'en')[0]?.source.kind).toBe('media');
  });

  it('a post on a blog is still a document', () => {
    expect(storyClaims('In a blog post, the lab wrote that the code was open.', 'en')[0]?.cue).toBe(
      'wrote',
    );
    expect(storyClaims('A blog post by the lab says the code is open.', 'en')[0]?.source.kind).toBe(
      'document',
    );
  });
});
