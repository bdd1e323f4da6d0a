/**
 * The outlet matcher files each name under its first word and compiles the names under a
 * word only when a text has that word (a start-up saving for the CLI): the first word it
 * files a name under is the one the full word split gives, and what it finds is unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_OUTLETS } from '@/core/outlets/data';
import { compileAlias, compileMatcher, firstWordKey, namesOf, words } from '@/core/outlets/match';

describe('firstWordKey', () => {
  it('is the first word of the full split for every bundled name it answers for', () => {
    let answered = 0;
    for (const outlet of BUNDLED_OUTLETS)
      for (const name of namesOf(outlet)) {
        const key = firstWordKey(name);
        if (key === null) continue;
        answered++;
        expect(key, name).toBe(words(name).lower[0]);
      }
    expect(answered).toBeGreaterThan(1000);
  });

  it('agrees with the full split on any printable ASCII, and leaves other names to it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), (name) => {
        const key = firstWordKey(name);
        if (/^[\x20-\x7e]*$/.test(name)) expect(key, name).toBe(words(name).lower[0]);
        else expect(key).toBeNull();
      }),
      { numRuns: 3000 },
    );
    expect(firstWordKey('Sergei PetrovKCNA')).toBe('sergei');
    expect(firstWordKey('FotoANTARA')).toBe('foto');
    expect(firstWordKey('新华社')).toBeNull();
    expect(firstWordKey(' - ')).toBeUndefined();
  });
});

describe('compileMatcher, compiling on first use', () => {
  it('counts every alias that compiles', () => {
    let n = 0;
    for (const outlet of BUNDLED_OUTLETS)
      for (const name of namesOf(outlet))
        if (compileAlias(outlet, name, outlet.aliasRules?.[name])) n++;
    expect(compileMatcher(BUNDLED_OUTLETS).size).toBe(n);
  });

  it('finds the same in a text before and after other words were compiled', () => {
    const text = 'Xinhua and the Korean Central News Agency (KCNA) cited Reuters, AP and Antara.';
    const cold = compileMatcher(BUNDLED_OUTLETS).find(text);
    const warm = compileMatcher(BUNDLED_OUTLETS);
    void warm.size; // compiles every word first
    expect(warm.find(text)).toEqual(cold);
    expect(cold.map((m) => m.text)).toEqual(
      expect.arrayContaining(['Xinhua', 'Korean Central News Agency', 'Reuters', 'AP']),
    );
  });
});

describe('compileMatcher, names sharing a first word', () => {
  const outlet = (id: string, name: string) => ({
    ...(BUNDLED_OUTLETS[0] as (typeof BUNDLED_OUTLETS)[number]),
    id,
    name,
    aliases: [],
    domains: [],
    aliasRules: undefined,
  });
  const matcher = compileMatcher([
    outlet('planet-daily', 'The Morning Planet Daily'),
    outlet('morning', 'The Morning'),
    outlet('planet', 'The Planet'),
    outlet('bare', 'The'),
  ]);
  const found = (text: string) => matcher.find(text).map((m) => [m.outlet.id, m.text]);

  it('tries the longest name whose next word follows, then a one-word name', () => {
    expect(found('The Morning Planet Daily ran it first; The Morning followed.')).toEqual([
      ['planet-daily', 'The Morning Planet Daily'],
      ['morning', 'The Morning'],
    ]);
    expect(found('The Planet said so. The Morning Planet did not.')).toEqual([
      ['planet', 'The Planet'],
      ['morning', 'The Morning'],
    ]);
    // A next word no longer name has, and a first word closing the text: the one-word name.
    expect(found('The Evening Star, and The')).toEqual([
      ['bare', 'The'],
      ['bare', 'The'],
    ]);
  });
});
