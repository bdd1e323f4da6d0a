/** Stage named-person: a name with the role written around it. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage named-person', () => {
  it.each([
    [
      'en',
      'Prices will fall, said Harriet Vance, an economist at the bank.',
      'Harriet Vance',
      'economist at the bank',
    ],
    [
      'en',
      'Wirely correspondent Tom Hale said the harvest was a record.',
      'Tom Hale',
      'Wirely correspondent',
    ],
    [
      'id',
      'Salah seorang nelayan, Darto (41), mengatakan harga ikan turun.',
      'Darto',
      'Salah seorang nelayan',
    ],
    ['id', 'Wirawan mengatakan harga ikan turun.', 'Wirawan', null],
    // A politician is a role like an official: the name after it is the person's.
    [
      'en',
      'Speaking to reporters, opposition politician Marco Levi said the vote was rigged.',
      'Marco Levi',
      'opposition politician',
    ],
    [
      'en',
      'Port Mayor Dana Whitby, who ordered the evacuation on Sunday, said the water was falling.',
      'Dana Whitby',
      'Port Mayor',
    ],
    [
      'en',
      'Senator Paul Okafor, whose bill failed last year, said he would try again.',
      'Paul Okafor',
      'Senator',
    ],
    [
      'en',
      'The governor of the state of Kansas, Ellen Marsh, said the roads were open.',
      'Ellen Marsh',
      'governor of the state of Kansas',
    ],
    [
      'id',
      'Kepala Dinas Perhubungan kota, Rina Wulandari, mengatakan jalan ditutup.',
      'Rina Wulandari',
      'Kepala Dinas Perhubungan kota',
    ],
    [
      'id',
      'Jalan ditutup sementara, kata Kepala Dinas Perhubungan kota, Rina Wulandari, kepada wartawan.',
      'Rina Wulandari',
      'Kepala Dinas Perhubungan kota',
    ],
    [
      'id',
      'Peneliti tata ruang dari Universitas Lembah, Anton Sihombing, menilai banjir akan berulang.',
      'Anton Sihombing',
      'Peneliti tata ruang dari Universitas Lembah',
    ],
    [
      'id',
      'Perwakilan Paguyuban Pedagang, Yosef Manurung, mengatakan pedagang menolak relokasi.',
      'Yosef Manurung',
      'Perwakilan Paguyuban Pedagang',
    ],
  ] as const)('%s: %s', (lang, sentence, name, role) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'named_person',
      name,
      role,
      basis: 'named-person',
    });
  });

  it("a place after a role before a relative clause stays the role's jurisdiction", () => {
    const source = lastSource(
      'id',
      'Camat Lembah Hijau, yang enggan disebut namanya, mengatakan dana belum cair.',
    );
    expect(source?.kind).toBe('unnamed_official');
  });

  it("a place after an institution's name is no person", () => {
    const source = lastSource(
      'en',
      'Researchers at the University of Kent, Canterbury, said the samples were clean.',
    );
    expect(source?.name ?? null).not.toBe('Canterbury');
  });
});

describe('stage named-person: a full name, then "of" and the employer', () => {
  it.each([
    'Harriet Vance of Lakeside Capital said prices would fall.',
    'Harriet Vance of the Civil Defence in Eastport said the road was closed.',
  ])('%s', (text) => {
    const s = lastSource('en', text);
    expect(s?.kind).toBe('named_person');
    expect(s?.name).toBe('Harriet Vance');
  });

  it('an institution written with "of" stays one', () => {
    expect(lastSource('en', 'Bank of Lakeside said profits rose.')?.kind).not.toBe('named_person');
  });
});

describe('stage named-person: one capital after an indefinite role is whom the role serves', () => {
  it.each([
    'Seorang komandan Arvatra mengatakan serangan itu menewaskan tiga orang.',
    'Salah seorang juru bicara Arvatra mengatakan serangan itu menewaskan tiga orang.',
    'Seorang pemimpin Arvatra mengatakan serangan itu menewaskan tiga orang.',
  ])('an unnamed official: %s', (text) => {
    expect(lastSource('id', text)?.kind).toBe('unnamed_official');
  });

  it.each([
    'Seorang komandan, Arvatra, mengatakan serangan itu menewaskan tiga orang.',
    'Seorang pengacara Budi Hartono mengatakan kliennya tidak bersalah.',
  ])('a name set off, or of two words, is still the person: %s', (text) => {
    expect(lastSource('id', text)?.kind).toBe('named_person');
  });
});
