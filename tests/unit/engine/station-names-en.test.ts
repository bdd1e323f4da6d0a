/**
 * A broadcaster the registry does not know, named by its call words ("Harlow TV", "Harlow
 * FM"): a news medium, not a person. Every sentence is the team's own (invented outlets).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a station named by its call words', () => {
  it.each([
    'Harlow TV reported that the minister had resigned.',
    'Dunmore FM said the bridge was closed.',
    "Veloria's Harlow TV reported that the minister had resigned.",
  ])('%s', (text) => {
    expect(en(text)?.source).toMatchObject({ kind: 'media', basis: 'masthead-name/bare' });
  });

  it('"the TV" still points back to the state television named before', () => {
    const claims = storyClaims(
      'Velorian state TV said the army had entered Harlow. || Troops would reach the border by Friday, the TV said.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('state_media');
  });
});

describe('a station named by the word station', () => {
  it.each([
    ['Local station WLOW reported that two people were hurt.', 'Local station WLOW'],
    ['Radio station KDUN said the bridge was closed.', 'Radio station KDUN'],
    ['The station reported that the bridge was closed.', 'The station'],
  ])('%s', (text, source) => {
    expect(en(text)?.source).toMatchObject({ kind: 'media', text: source });
  });

  it('a police station stays an official body', () => {
    expect(en('The Lowick police station said the road was closed.')?.source.kind).toBe(
      'official_body',
    );
  });
});
