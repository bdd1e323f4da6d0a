/** A subject's "who" clause with a verb and an object of its own ("an official who briefed
 * reporters said"): the object is no speaker, even when the clause's verb is a participle
 * that opens reduced clauses elsewhere ("people briefed on the talks"). An object told after
 * "told" that an occasion's noun follows belongs to the claim ("told reporters the meeting
 * went well"). Two relatives joined by "and" hang on the same head. Sentences are written
 * for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a relative clause with its own verb and object', () => {
  it.each([
    ['An official who briefed reporters said the talks would resume.', 'An official'],
    [
      'In Seoul, a defence ministry official who briefed reporters said the rocket fell at sea.',
      'a defence ministry official',
    ],
    ['Officials who briefed reporters on the plan said it would cost $2 billion.', 'Officials'],
    ['A commander who led the assault told the newspaper the town had fallen.', 'A commander'],
    ['The official who led the inquiry said the fire was an accident.', 'The official'],
    ['Officials who were briefed by the army said the strike hit a depot.', 'Officials'],
    [
      'A commander who fought in Mosul and who now trains recruits said the militants were regrouping.',
      'A commander',
    ],
  ])('%s', (text, source) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(source);
    expect(claim?.source.kind).toBe('unnamed_official');
  });

  it('still reads people described by a reduced clause', () => {
    const claim = onlyClaim('People briefed on the talks said a deal was close.', 'en');
    expect(claim?.source.kind).toBe('anonymous');
  });
});

describe('an occasion noun after the listener told', () => {
  it.each([
    ['An aide told reporters the meeting went well.', 'the meeting went well'],
    [
      'The envoy told lawmakers the conference had been cancelled.',
      'the conference had been cancelled',
    ],
    ['The minister told a joint news conference the deal was done.', 'the deal was done'],
  ])('%s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });
});

describe('two relative clauses joined by "and"', () => {
  it.each([
    [
      'A senior diplomat who follows the talks closely and who declined to be named said the gap remained large.',
      'unnamed_official',
    ],
    [
      'An official who attended the meeting and who asked not to be identified said the plan was dropped.',
      'unnamed_official',
    ],
    [
      'Villagers who saw the attack and who asked not to be named said the gunmen wore uniforms.',
      'anonymous',
    ],
  ])('%s', (text, kind) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.text).toBe(text.slice(0, text.indexOf(' said ')));
    expect(claim?.source.kind).toBe(kind);
  });
});
