/** A lone capitalised word for a firm ("Railco said ...") in English copy is an organization,
 * also after a name run it opened in passing ("Railco Train 12 struck ...") whose last word
 * the article writes as a common noun ("a Railco train"); a surname after its full name
 * ("Hana Lorne ... Lorne said") stays the person. So is "the Fair" after "the Dunmore Fair" and
 * "a county fair": a common noun after "the" is no surname. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('lone firm names', () => {
  it('a word opening a name run seen in passing is the firm, not a person', () => {
    const claims = paragraphClaims(
      'en',
      'A Railco train hit a tractor near Dunmore on Sunday.',
      'Railco Train 12 bound for Harlow with 200 passengers struck the tractor at a crossing, fire chief Hana Lorne said.',
      'Railco said the tractor had stalled on the tracks.',
    );
    const c = claims.find((x) => x.sentence.startsWith('Railco said'));
    expect(c?.source.kind).toBe('organization');
  });

  it('"the" and a common noun ending a name seen in passing is the organiser, not a person', () => {
    const claims = paragraphClaims(
      'en',
      'Jon Marr was riding at the opening night of the Dunmore Fair when he fell at the fair.',
      '"We are heartbroken," the Fair said in a post on its Facebook page.',
    );
    expect(claims.at(-1)?.source.kind).toBe('organization');
  });

  it('a surname after the full name stays the person', () => {
    const claims = paragraphClaims(
      'en',
      'Fire chief Hana Lorne visited the crossing on Sunday.',
      'Lorne said the tractor had stalled on the tracks.',
    );
    expect(claims.at(-1)?.source.kind).toBe('named_person');
    expect(claims.at(-1)?.source.name).toBe('Hana Lorne');
  });

  it.each([
    'Railco said the train was late because of a signal fault.',
    'Zentrix said on Monday it would cut 200 jobs.',
  ])('a lone unknown word is a firm: %s', (text) => {
    expect(paragraphClaims('en', text)[0]?.source.kind).toBe('organization');
  });
});
