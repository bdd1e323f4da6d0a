/** A claim set off before its speaker, then a clause about that speaker closed (or
 * interrupted) by "he said" ("kata dia", "ujarnya"): two claims, the pronoun standing for
 * the speaker just named. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const EARLIER = 'Governor Tomas Ferreira visited the market on Friday. || ';

describe('a second cue closing a clause about the speaker (English)', () => {
  it.each([
    [
      '"Nothing will change for us," said Lidia Moreno, a fish seller, whose rent of 300 pesos a month leaves little for school books, she said.',
      'Lidia Moreno, a fish seller',
      'Nothing will change for us',
      'whose rent of 300 pesos a month leaves little for school books',
    ],
    [
      'Buses come twice a day at most, said Pavel Orlik, a retired driver, whose pension has not risen in six years, he said on Tuesday.',
      'Pavel Orlik, a retired driver',
      'Buses come twice a day at most',
      'whose pension has not risen in six years',
    ],
  ])('%s', (text, speaker, first, second) => {
    const claims = storyClaims(EARLIER + text, 'en').slice(-2);
    expect(claims).toHaveLength(2);
    expect(claims[0]?.source).toMatchObject({ text: speaker, kind: 'named_person' });
    expect(claims[0]?.claim).toBe(first);
    expect(claims[1]?.source.kind).toBe('named_person');
    expect(claims[1]?.source.resolvesTo).toBe(speaker.split(',')[0]);
    expect(claims[1]?.source.basis).toBe('pronoun/same-sentence');
    expect(claims[1]?.claim).toBe(second);
  });

  it('a second cue set inside its clause, after an occasion of the first', () => {
    const text =
      '"I waited a long time before writing this," Avon-based engineer Lidia Moreno wrote in a blog post published Thursday, 21 months, she said, after quietly reporting the flaw to the vendor.';
    const claims = storyClaims(EARLIER + text, 'en').slice(-2);
    expect(claims.map((c) => [c.source.text, c.claim])).toEqual([
      ['Avon-based engineer Lidia Moreno', 'I waited a long time before writing this'],
      ['she', '21 months after quietly reporting the flaw to the vendor'],
    ]);
    expect(claims[1]?.source.resolvesTo).toBe('Lidia Moreno');
  });

  it('a closing "he said" right after the speaker still frames nothing new', () => {
    const claims = storyClaims(EARLIER + '"We are tired," said Lidia Moreno, he said.', 'en');
    expect(claims.at(-1)?.source.text).not.toBe('Lidia Moreno');
    expect(claims.filter((c) => c.sentence.includes('tired'))).toHaveLength(1);
  });

  it('a closing speaker after a cue inside the claim still frames it', () => {
    const claims = storyClaims(EARLIER + 'Traders say the port reopened, he said.', 'en');
    expect(claims.filter((c) => c.sentence.includes('port'))).toHaveLength(1);
  });
});

describe('a second cue closing a clause about the speaker (Indonesian)', () => {
  it.each([
    ['ujarnya', '-nya'],
    ['kata dia', 'dia'],
  ])('… %s', (cue, pronoun) => {
    const text = `Gubernur Tomas Ferreira datang ke pasar. || "Harga beras naik terus," kata Sri Wahyuni, penjual sayur, yang penghasilannya tidak cukup untuk membayar sewa kios, ${cue}.`;
    const claims = storyClaims(text, 'id');
    expect(claims).toHaveLength(2);
    expect(claims[0]?.source.name).toBe('Sri Wahyuni');
    expect(claims[1]?.source).toMatchObject({ text: pronoun, kind: 'named_person' });
    expect(claims[1]?.source.resolvesTo).toBe('Sri Wahyuni');
  });
});
