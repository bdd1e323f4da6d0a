/** A name word that is also a pronoun's form ("He" in some Chinese names) is part of the name
 * when it is written with a capital right after a name word inside a sentence; a real
 * pronoun there would be in lower case. Sentences written by the team. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, storyClaims } from './helpers';

describe('pronoun forms inside names', () => {
  it('a role and a two-word name ending in the form', () => {
    const c = onlyClaim('Trade envoy Qian He says the tariff talks will resume.', 'en');
    expect(c?.source).toMatchObject({ kind: 'named_person', text: 'Trade envoy Qian He' });
  });

  it('a later pronoun points back to that person', () => {
    const claims = storyClaims(
      'Deputy Premier Sun He told reporters the talks would go on. He said both sides were calm.',
      'en',
    );
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([
      ['Deputy Premier Sun He', 'named_person'],
      ['He', 'named_person'],
    ]);
  });
});
