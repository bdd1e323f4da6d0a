/** A general word for an office ("the diplomat", "the lawmaker", "the officer") points back to
 * the person just named with one of its ranks ("Ambassador", "Senator", "Colonel"), but not
 * past an unnamed source of that word. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a general word for the last named office holder', () => {
  it.each([
    [
      'Ambassador Lena Marsh toured the port on Friday. || The diplomat said the cranes were idle.',
      'Lena Marsh',
    ],
    [
      'Senator Raul Ibarra said the levy was unfair. || The lawmaker added that he would vote no.',
      'Raul Ibarra',
    ],
    [
      'Colonel Ben Okafor said the bridge was mined. || The officer added that engineers were on the way.',
      'Ben Okafor',
    ],
    [
      'Tara Quill, the Dutch ambassador, said the visas were late. || The envoy added that a fix was near.',
      'Tara Quill',
    ],
  ])('%s', (text, name) => {
    const last = storyClaims(text, 'en').at(-1);
    expect(last?.source.kind).toBe('named_person');
    expect(last?.source.resolvesTo).toBe(name);
  });

  it('an unnamed diplomat spoken of since is the one meant', () => {
    const claims = storyClaims(
      'Ambassador Lena Marsh said the cranes were idle. || A European diplomat said they were not. || The diplomat added that the port would reopen.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('unnamed_official');
  });

  it('a general word that is not of the office stays unnamed', () => {
    const claims = storyClaims(
      'Minister Ivo Brandt said the cranes were idle. || The diplomat added that the port would reopen.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('unnamed_official');
  });
});
