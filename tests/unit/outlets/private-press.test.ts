/** National newspapers, magazines and broadcasters outside private-international: named as a
 * source they are outlets; names that are also places or words only where cited. */
import { describe, expect, it } from 'vitest';
import { defaultRegistry } from '@/core/outlets';

const ids = (text: string) => defaultRegistry.findInText(text).map((m) => m.outlet.id);

describe('private press outlets', () => {
  it.each([
    ['French weekly Le Point said the minister had stayed at a villa.', 'le-point'],
    ['O Globo said the vote was delayed.', 'o-globo'],
    ['Brazilian daily Folha reported that the minister was questioned.', 'folha-de-s-paulo'],
    ['The Globe and Mail reported that Ottawa would act on Friday.', 'globe-and-mail'],
    ['Menurut Corriere della Sera, klub itu sudah sepakat.', 'corriere-della-sera'],
    ['"It is over," the coach told ESPN.', 'espn'],
    ['The Atlantic reported that the general had warned the president.', 'the-atlantic'],
    ['according to The Hill, the vote slipped to Friday', 'the-hill'],
    ['The fund lost money, the FT reported.', 'financial-times'],
  ])('%s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it.each([
    'The ship crossed the Atlantic in nine days.',
    'Lawmakers on the Hill returned on Monday.',
    'The Australian dollar fell 0.4%.',
    'The Irrawaddy flooded three townships.',
    'The mast is 40 FT tall.',
  ])('no outlet in: %s', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe("ABC after its country is Australia's public broadcaster", () => {
  it.each([
    "Australia's ABC said the storm had cut power.",
    'Australian broadcaster ABC reported the fire.',
    'Menurut televisi Australia ABC, badai itu memutus aliran listrik.',
  ])('%s', (text) => {
    expect(ids(text)).toEqual(['abc-australia']);
  });

  it('bare ABC names no outlet (the US network too)', () => {
    expect(ids('ABC said the storm had cut power.')).toEqual([]);
  });
});
