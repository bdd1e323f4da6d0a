/**
 * What trails a relay is no claim: a document's carrier closing the sentence ("..., according
 * to a transcript carried by state media"), the outlet's own noun and the occasion after a
 * verb of telling ("told the official Statenews news agency in an interview ... that"). And
 * the state's word right before an outlet's word makes state media ("the Communist Party
 * newspaper"). Every sentence is the team's own; "Statenews" is the helpers' state-run
 * fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe('a carrier closing the sentence', () => {
  it.each([
    'Vice Minister Oren Balik said the test was a success, according to a transcript carried by state media.',
    'Vice Minister Oren Balik said the test was a success, according to a transcript released by Statenews.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.claim).toBe('the test was a success');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.flags).toContain('state_media');
  });
});

describe('told an outlet, then the occasion', () => {
  it.each([
    'Vice Minister Oren Balik told the official Statenews news agency in an interview published on Sunday that the test was a success.',
    'Vice Minister Oren Balik told the state-run Statenews newspaper in an interview that the test was a success.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.claim).toBe('the test was a success');
    expect(claim?.source.via).toBe('Statenews');
  });

  it('words after a generic outlet that are the claim still go', () => {
    const claim = first('Vice Minister Oren Balik told state television the test was a success.');
    expect(claim?.claim).toBe('the test was a success');
    expect(claim?.source.via).toBe('state television');
  });
});

describe("the state's word right before an outlet's word", () => {
  it.each([
    'The Communist Party newspaper said the test was a success.',
    'The ruling party newspaper said the test was a success.',
    'The test was a success, the army newspaper said.',
  ])('%s', (text) => {
    expect(first(text)?.source.kind).toBe('state_media');
  });

  it.each([
    'The government agency said the test was a success.',
    'The Communist Party said the test was a success.',
  ])('a body is no outlet: %s', (text) => {
    expect(first(text)?.source.kind).toBe('official_body');
  });
});

describe('a title after a comma names no outlet', () => {
  it('"state media, Vice Minister ..." keeps the state outlet as the via', () => {
    const claim = first(
      'According to comments carried by state media, Vice Minister Oren Balik said the test was a success.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', via: 'state media' });
  });
});

describe('a cue inside a "that" clause an outlet reports', () => {
  it('the outlet closing the sentence reports all of it', () => {
    const claim = first(
      'The note made two points - that Mayor Lia Marten had sent a letter saying she was safe, Statenews reported.',
    );
    expect(claim?.source).toMatchObject({ kind: 'state_media', text: 'Statenews' });
  });

  it('a speaker before the clause keeps the words, the outlet the via', () => {
    const claim = first('Mayor Lia Marten said that the road had been closed, Statenews reported.');
    expect(claim?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });
});

describe('"was reported by <outlet> as saying"', () => {
  it.each([
    'Vice Premier Zhu Mingtao was reported by Statenews as saying the dam would be finished by June.',
    'Two officials were reported by state media as saying the dam would be finished by June.',
    'The dam would be finished by June, Vice Premier Zhu Mingtao was reported by Statenews as saying.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source.kind).not.toBe('state_media');
    expect(claim?.source.via).toMatch(/^(Statenews|state media)$/);
    expect(claim?.claim.toLowerCase()).toBe('the dam would be finished by june');
  });

  it('"was reported to" stays a hedge', () => {
    expect(first('The dam was reported to be finished by June.')?.source.kind).toBe('unattributed');
  });

  it('the outlet alone, with no "as saying", is still the source', () => {
    const claim = first('The flood was reported by Statenews on Monday.');
    expect(claim?.source.kind ?? 'state_media').toBe('state_media');
  });
});

describe('a relay set off by commas after "according to" its speaker', () => {
  it.each([
    'According to Vice Premier Zhu Mingtao, quoted by state media, the dam would be finished by June.',
    'According to Vice Premier Zhu Mingtao, quoted by Statenews, the dam would be finished by June.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.claim).toBe('the dam would be finished by June');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.flags).toContain('state_media');
  });

  it('an appositive that is no relay stays out of this', () => {
    const claim = first(
      'According to Mara Quist, a nurse at the clinic, the ward was full on Monday.',
    );
    expect(claim?.claim).toBe('the ward was full on Monday');
  });
});

describe('a speaker relayed by state media who then tells a listener of their own', () => {
  const story = (next: string) =>
    storyClaims(
      `Defence Minister Arno Vask said the army would hold the line, Statenews reported. || ${next}`,
      'en',
    ).at(-1);

  it.each([
    'He told reporters on Tuesday that reinforcements had arrived.',
    'Vask told a news conference that reinforcements had arrived.',
  ])('is a new occasion: %s', (next) => {
    expect(story(next)?.flags).not.toContain('state_media');
  });

  it.each(['He said reinforcements had arrived.', '"We will not retreat," Vask added.'])(
    'goes on with the same report: %s',
    (next) => {
      expect(story(next)?.source.via).toBe('Statenews');
    },
  );
});

describe('the outlet told, or the one a dated interview ran in', () => {
  it.each([
    'Deputy Minister Igor Pelnov was quoted as telling Statenews that the dam would be finished by June.',
    'Deputy Minister Igor Pelnov was quoted as telling state television that the dam would be finished by June.',
    'The dam would be finished by June, Deputy Minister Igor Pelnov said in an interview published on Monday in Statenews.',
    'Deputy Minister Igor Pelnov said in an interview published on Monday on state television that the dam would be finished by June.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.via).toMatch(/^(Statenews|state television)$/);
    expect(claim?.claim.toLowerCase()).toBe('the dam would be finished by june');
  });

  it('"as saying" before an outlet named in the claim is no telling', () => {
    const claim = first(
      'Deputy Minister Igor Pelnov was quoted as saying Statenews had got the figures wrong.',
    );
    expect(claim?.source.via ?? null).toBeNull();
  });

  it('a date alone after "published on" names no outlet', () => {
    const claim = first(
      'The dam would be finished by June, Deputy Minister Igor Pelnov said in an interview published on Monday.',
    );
    expect(claim?.source.via ?? null).toBeNull();
  });
});

describe('an occasion set off by commas before "that"', () => {
  it.each([
    'Deputy Minister Igor Pelnov said, in a statement carried by Statenews, that the dam would be finished by June.',
    'Deputy Minister Igor Pelnov said, in an interview with state television, that the dam would be finished by June.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.claim).toBe('the dam would be finished by June');
    expect(claim?.flags).toContain('state_media');
  });

  it('with no "that" after the aside the claim is read as before', () => {
    const claim = first(
      'The dam would be finished by June, Deputy Minister Igor Pelnov said, in a statement.',
    );
    expect(claim?.claim).toBe('The dam would be finished by June');
  });
});

describe('remarks of no named speaker that an outlet carried', () => {
  it.each([
    'According to comments carried by Statenews, the dam would be finished by June.',
    'According to remarks posted on the website of Statenews, the dam would be finished by June.',
    'The dam would be finished by June, according to remarks published by state media.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.source.kind).toBe('state_media');
    expect(claim?.claim.toLowerCase()).toBe('the dam would be finished by june');
  });

  it('a named speaker after the comma is still the source', () => {
    const claim = first(
      'According to remarks published by Statenews, Oren Balik said the dam would be finished by June.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
  });

  it('a statement is still a document the outlet carried', () => {
    const claim = first(
      'According to a statement posted on the website of Statenews, the dam would be finished by June.',
    );
    expect(claim?.source.kind).toBe('document');
    expect(claim?.flags).toContain('state_media');
  });

  it('remarks carried by no outlet are not read this way', () => {
    const claim = first('According to remarks made on Monday, the dam would be finished by June.');
    expect(claim?.source.kind ?? null).not.toBe('state_media');
  });
});

describe('told an outlet, then the place', () => {
  it.each([
    [
      'Vice Minister Oren Balik told state media in Norlandia City on Tuesday that the test was a success.',
      'state media',
    ],
    [
      'Vice Minister Oren Balik told state television in Kelbo that the test was a success.',
      'state television',
    ],
    ['Vice Minister Oren Balik told Statenews in Kelbo the test was a success.', 'Statenews'],
  ])('%s', (text, via) => {
    const claim = first(text);
    expect(claim?.source.via).toBe(via);
    expect(claim?.flags).toContain('state_media');
    expect(claim?.claim).toBe('the test was a success');
  });

  it('a private outlet told in a place is the via too', () => {
    const claim = first(
      'Vice Minister Oren Balik told Daily Planet in Kelbo the test was a success.',
    );
    expect(claim?.source.via).toBe('Daily Planet');
    expect(claim?.claim).toBe('the test was a success');
  });
});
