/**
 * English: "The mayor of an Idaho town apologized and said ...": a role of a place described
 * but not named ("an Idaho town", "a Texas city") is an unnamed official; the place's word
 * after the capitalised name belongs to the phrase, which never ends on a dangling "of a".
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a role of an unnamed place', () => {
  it.each([
    [
      'The mayor of an Idaho town apologized on Friday and said some of those involved could face charges.',
      'The mayor of an Idaho town',
    ],
    [
      'The mayor of a Texas city said the roads would reopen on Monday.',
      'The mayor of a Texas city',
    ],
    [
      'The police chief of a small Vermont town said the fire had been set on purpose.',
      'The police chief of a small Vermont town',
    ],
  ])('%s', (sentence, text) => {
    const c = en(sentence);
    expect(c?.source).toMatchObject({ kind: 'unnamed_official', text, name: null });
  });

  it('a shared subject running into a phrase of place ends before a dangling article', () => {
    const c = en(
      'The mayor of an Idaho town at the heart of a row over a statue apologized on Friday and said the statue would stay.',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).not.toMatch(/ of a$/);
    expect(c?.source.name).toBeNull();
  });
});
