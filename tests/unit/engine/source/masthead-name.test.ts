/** Stage masthead-name: an article and capitalised words closed by a newspaper's name word. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage masthead-name', () => {
  it.each([
    ['The Ledger Times reported that the ferry would stop in May.', 'The Ledger Times'],
    ['The Daily Lantern Courier reported that the dam had cracked.', 'The Daily Lantern Courier'],
    ['According to the Fairview Tribune, the mill will close.', 'the Fairview Tribune'],
    ['The Herald said that the council had lost the vote.', 'The Herald'],
    ['The Harlow Standard reported that the pier had reopened.', 'The Harlow Standard'],
    // A joined last word, one of its parts a masthead's.
    ['The Dunmore Times-Union reports that the bridge will close.', 'The Dunmore Times-Union'],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'media',
      text,
      basis: 'masthead-name',
    });
  });

  it("an outlet the registry knows is the registry's", () => {
    expect(lastSource('en', 'The Daily Planet reported that the mill will close.')).toMatchObject({
      kind: 'media',
      basis: 'outlet',
    });
  });

  it('a person whose surname is such a word is no outlet', () => {
    expect(
      lastSource('en', 'Jane Roe met Tom Herald in May. || Tom Herald said the mill will close.'),
    ).not.toMatchObject({ kind: 'media' });
  });

  it.each([
    ['Harlow Gazette reported that the ferry would stop in May.', 'Harlow Gazette'],
    ['The dam had cracked, Pell Valley Courier reported.', 'Pell Valley Courier'],
  ])('with no article, a word that ends no surname: %s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'media',
      text,
      basis: 'masthead-name/bare',
    });
  });

  it('with no article, a word that also ends surnames is left to the other stages', () => {
    expect(lastSource('en', 'Emma Post reported that the mill will close.')).not.toMatchObject({
      kind: 'media',
    });
  });
});
