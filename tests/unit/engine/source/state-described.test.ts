/** Stage state-described: an outlet the registry does not know, which the article says the
 * state runs. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage state-described', () => {
  it.each([
    // The word saying the state runs it is part of the phrase, as "government-owned" is.
    [
      'The state-run Harbour Voice news channel said the ferry sank.',
      'The state-run Harbour Voice news channel',
    ],
    [
      'The government-owned Island Courier said the ferry sank.',
      'The government-owned Island Courier',
    ],
    // Opening the sentence, the capital keeps the word in the phrase.
    [
      'State-run Harbour Voice news channel showed the ferry sinking.',
      'State-run Harbour Voice news channel',
    ],
  ])('%s', (sentence, text) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'state_media',
      text,
      basis: 'state-described',
    });
  });

  it('a known private outlet stays what the registry says', () => {
    expect(lastSource('en', 'The state-run Daily Planet said the ferry sank.')).toMatchObject({
      kind: 'media',
      outlet: 'daily-planet',
    });
  });

  it('a company the state owns is no outlet, even opening the sentence', () => {
    expect(lastSource('en', 'State-owned Harbour Ferries said the ferry sank.')?.kind).not.toBe(
      'state_media',
    );
  });

  it('a company the state owns is no outlet', () => {
    expect(lastSource('en', 'The state-owned Harbour Ferries said the ferry sank.')?.kind).not.toBe(
      'state_media',
    );
  });

  it.each([
    'The official, who was not authorized to speak to the media, said the ferry sank.',
    'The official, speaking on condition of anonymity because he was not allowed to brief the media, said the ferry sank.',
  ])('media in a clause about an official are not the source: %s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind: 'unnamed_official' });
  });

  it.each([
    'An official from the national rescue agency said no one had died.',
    'Wirely quoted an official from the national rescue agency as saying no one had died.',
  ])('"official" before a preposition is the person, no outlet\'s modifier: %s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({ kind: 'unnamed_official' });
  });
});
