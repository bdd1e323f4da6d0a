/** Stage group-name: a plural capitalised name after "the", or after a word saying who backs
 * it, is a group's, not a person's. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage group-name', () => {
  it.each([
    'Valdo-allied Zorvans said on Sunday they had seized the base.',
    'The base was seized, Valdo-backed Zorvans said.',
    'The base was seized, said Valdo-backed Zorvans.',
  ])('%s', (sentence) => {
    expect(lastSource('en', sentence)).toMatchObject({
      kind: 'organization',
      basis: 'group-name',
    });
  });

  // The earlier phrase is read as a person's name (no word says otherwise); "the" says the
  // later one is a group.
  const EARLIER = 'Pro-Valdo Zorvans said on Sunday they had seized the base.';
  it.each([
    'Talks had stalled, and the Zorvans said the crew had been freed.',
    'The crew has been freed, the Zorvans said.',
    'The crew has been freed, said the Zorvans.',
  ])('after a name read as a person: %s', (sentence) => {
    expect(lastSource('en', EARLIER, sentence)).toMatchObject({
      kind: 'organization',
      basis: 'group-name',
    });
  });

  it('a person with a hyphenated first name stays a person', () => {
    expect(lastSource('en', 'Jean-Paul Orel said the base had fallen.')).toMatchObject({
      kind: 'named_person',
    });
  });

  it('with no earlier person a plural name after "the" is left to the later stages', () => {
    expect(lastSource('en', 'The Zorvans said the crew had been freed.')).toMatchObject({
      kind: 'organization',
      basis: 'lone-name',
    });
  });
});
