/**
 * English words for a local government or a state's own speakers that are not a ministry's
 * name: a city or a municipality speaking as such ("the city said", "the City of Harlow
 * warned"), the prosecution in a trial, and Ireland's police (the Gardaí). Each is an official
 * body. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const source = (text: string) => lastClaim(text, 'en')?.source;

describe('a city or a municipality speaking is an official body', () => {
  it.each([
    ['The city said the pumps on Mill Road would run all night.', 'The city'],
    ['The City of Harlow said its customers would be spared the cuts.', 'The City of Harlow'],
    ['The City, meanwhile, said its depots would stay open.', 'The City'],
    ['The bins would be emptied on Tuesday, the municipality said in a tweet.', 'the municipality'],
  ])('%s', (text, name) => {
    expect(source(text)).toMatchObject({ kind: 'official_body', text: name });
  });

  it("a city after a preposition, with a relative clause of its own, is that preposition's object, no speaker", () => {
    expect(
      source(
        'Judge Ada Moss, who grew up on a farm near the city, which she still visits, says she will retire in May.',
      ),
    ).toMatchObject({ kind: 'named_person', text: 'Judge Ada Moss' });
  });

  it('residents of a city are still unnamed people, not the city', () => {
    expect(source('Residents of the city said the water rose within minutes.')?.kind).toBe(
      'anonymous',
    );
  });
});

describe('the prosecution in a trial is an official body', () => {
  it.each([
    ['The prosecution said the witness had given four statements.', 'The prosecution'],
    ['The prosecution team argued it owed the defence no further papers.', 'The prosecution team'],
  ])('%s', (text, name) => {
    expect(source(text)).toMatchObject({ kind: 'official_body', text: name });
  });
});

describe("Ireland's police, the Gardaí, are an official body", () => {
  it.each([
    ['Gardaí said the driver had been taken to Tralee station.', 'Gardaí'],
    ['Gardai have confirmed that the search will resume at dawn.', 'Gardai'],
  ])('%s', (text, name) => {
    expect(source(text)).toMatchObject({ kind: 'official_body', text: name });
  });

  it('one of them with no name is an unnamed official', () => {
    expect(source('A garda spokesman said the road had reopened.')?.kind).toBe('unnamed_official');
  });
});
