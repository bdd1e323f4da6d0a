import { describe, expect, it } from 'vitest';
import { findingVerb } from '@/core/rules/finding-verb';
import { run } from '../helpers';

describe('finding-verb', () => {
  it.each([
    [
      'The report concluded that the safety net was ineffective.',
      'en',
      'concluded',
      'document',
      'The report',
    ],
    [
      'In the past, the appeals court has found that tenants are protected.',
      'en',
      'has found',
      'official_body',
      'the appeals court',
    ],
    [
      'A new report released on Friday by Lakeside University calls that into question.',
      'en',
      'calls',
      'document',
      'A new report released on Friday by Lakeside University',
    ],
    [
      'Hasil Survei Lembaga Tani mencatat bahwa harga pupuk naik.',
      'id',
      'mencatat',
      'document',
      'Hasil Survei Lembaga Tani',
    ],
    [
      'Sedangkan dalam catatan berbagai koperasi nelayan menunjukkan hanya 12 persen untung.',
      'id',
      'menunjukkan',
      'document',
      'catatan berbagai koperasi nelayan',
    ],
    [
      'Kamar Dagang dan Industri (Kadin) Jawa Barat mencatat bahwa petani yang gagal panen bertambah.',
      'id',
      'mencatat',
      'organization',
      'Kamar Dagang dan Industri (Kadin) Jawa Barat',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(findingVerb, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it.each([
    ['Rudi juga menunjukkan kepada tamunya sebuah perahu kayu.', 'id'],
    ['She found a wallet on the bus.', 'en'],
    ['Tom Ferris showed the kids the dock.', 'en'],
    // A document's word after a modal or "to" is a verb, not the subject's noun.
    ['The studio could just release the game and let testers find the bugs.', 'en'],
    ['The firm plans to report early and let analysts find the gaps.', 'en'],
  ] as const)('a person showing or finding something is no attribution: %s', (text, lang) => {
    expect(run(findingVerb, text, lang)).toEqual([]);
  });

  it('Indonesian "membuktikan bahwa": a finding of a document', () => {
    expect(
      run(findingVerb, 'Hasil penelitian itu membuktikan bahwa air sungai tercemar.', 'id'),
    ).toEqual([['membuktikan', 'document', 'Hasil penelitian itu']]);
  });
});

describe('finding-verb: ranking, only by a document', () => {
  it.each([
    ['The report ranks the town among the least affordable in the region.', 'The report'],
    [
      'A study published on Monday ranked the ferry as the safest route.',
      'A study published on Monday',
    ],
  ])('%s', (text, source) => {
    expect(run(findingVerb, text, 'en')).toEqual([
      [expect.stringMatching(/^rank/), 'document', source],
    ]);
  });

  it.each([
    'The university ranks fifth in the region.',
    'The club ranked third last season.',
    'The ministry ranked the bids by price.',
  ])('no finding: %s', (text) => {
    expect(run(findingVerb, text, 'en')).toEqual([]);
  });
});

describe('finding-verb: searchers find things, not findings', () => {
  it.each([
    ['Police found a rifle and two phones while searching the garage.', 'en'],
    ['Harbor police found the missing boat near the pier on Sunday.', 'en'],
    ['SWAT officers found the man hiding in the attic.', 'en'],
  ] as const)('no finding: %s', (text, lang) => {
    expect(run(findingVerb, text, lang)).toEqual([]);
  });

  it('their clause is still a finding', () => {
    expect(run(findingVerb, 'Officers found that the back door had been forced.', 'en')).toEqual([
      ['found', 'unnamed_official', 'Officers'],
    ]);
  });
});

describe('finding-verb: a ruling reports only words', () => {
  it.each([
    'The court ruled in favor of the landlord on Monday.',
    'The judge ruled against the harbor board.',
    'The family ruled the valley for a century.',
  ])('no finding: %s', (text) => {
    expect(run(findingVerb, text, 'en')).toEqual([]);
  });

  it.each([
    ['The court ruled on Tuesday that the levy was void.', 'The court'],
    ['The tribunal ruled it had no say over the port.', 'The tribunal'],
  ])('%s', (text, source) => {
    expect(run(findingVerb, text, 'en')).toEqual([['ruled', 'official_body', source]]);
  });
});
