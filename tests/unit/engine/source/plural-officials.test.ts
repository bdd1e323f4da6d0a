/** Stage plural-officials: a short phrase closing on the plural of a word for unnamed
 * officials ("House Republicans", "Tory MPs") names some of them. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage plural-officials', () => {
  it.each([
    ['House Republicans said the levy must go.', 'House Republicans'],
    ['Senate Democrats said the levy must go.', 'Senate Democrats'],
    ['Tory MPs said the levy must go.', 'Tory MPs'],
    ['The levy must go, said Senate Democrats.', 'Senate Democrats'],
    ['Two Senate Democrats said the levy must go.', 'Two Senate Democrats'],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'unnamed_official',
      text,
      basis: 'plural-officials',
    });
  });

  it('a chamber alone is the body', () => {
    expect(lastSource('en', 'The Senate said the levy must go.')).toMatchObject({
      kind: 'official_body',
    });
  });

  it('a person’s aides are read where possessives are', () => {
    expect(lastSource('en', "Tom Vale's aides said the levy must go.")?.basis).not.toBe(
      'plural-officials',
    );
  });

  it('a singular official with a name stays the named person', () => {
    expect(lastSource('en', 'Senator Tom Vale said the levy must go.')).toMatchObject({
      kind: 'named_person',
    });
  });
});

describe('stage plural-officials leaves other phrases alone', () => {
  it('a board of directors is no group of officials', () => {
    expect(lastSource('en', 'The board of directors said the offer was low.')?.basis).not.toBe(
      'plural-officials',
    );
  });

  it('a title-case name after "the" is the name', () => {
    expect(lastSource('en', 'The Harbour Guards said the quay was closed.')?.basis).not.toBe(
      'plural-officials',
    );
  });

  it('"The" opening the sentence is no capital of the phrase', () => {
    expect(lastSource('en', 'The authorities said the quay was closed.')?.basis).not.toBe(
      'plural-officials',
    );
  });

  it('a rank before the chamber is still the officials', () => {
    expect(lastSource('en', 'Senior Tory MPs said the levy must go.')).toMatchObject({
      kind: 'unnamed_official',
      basis: 'plural-officials',
    });
  });
});
