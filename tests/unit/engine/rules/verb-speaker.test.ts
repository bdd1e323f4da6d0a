import { describe, expect, it } from 'vitest';
import { verbSpeaker } from '@/core/rules/verb-speaker';
import { ctx, person, run } from '../helpers';

describe('verb-speaker', () => {
  it.each([
    [
      '“I did not expect that price,” said Mara Ellison, president of a bakery chain.',
      'en',
      'said',
      'named_person',
      'Mara Ellison, president of a bakery chain',
    ],
    [
      '“That is a powerful combination,” said the ambassador.',
      'en',
      'said',
      'unnamed_official',
      'the ambassador',
    ],
    [
      '"Saya kira bukan soal harga saja," kata Wirawan dalam webinar.',
      'id',
      'kata',
      'named_person',
      'Wirawan',
    ],
    [
      'Selain itu, para perajin kata Wirawan biasanya menjual produknya sendiri.',
      'id',
      'kata',
      'named_person',
      'Wirawan',
    ],
    ['"Ini tentang masa depan kami," ungkap Lestari.', 'id', 'ungkap', 'named_person', 'Lestari'],
    ['"Kami tidak pernah ragu," tegas Bayu.', 'id', 'tegas', 'named_person', 'Bayu'],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(verbSpeaker, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it('takes the name after a role and a comma: "kata Ketua Umum Kadin, Wulan S Prasetya, dalam ..."', () => {
    const [c] = verbSpeaker.find(
      ctx(
        'Angka itu terus bertambah, kata Ketua Umum Kadin, Wulan S Prasetya, dalam konferensi pers.',
        'id',
      ),
    );
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      name: 'Wulan S Prasetya',
      role: 'Ketua Umum Kadin',
    });
  });

  it('resolves "kata dia"', () => {
    const [c] = verbSpeaker.find(
      ctx('"Itu sudah jelas," kata dia.', 'id', { referents: [person('Wirawan Hadi')] }),
    );
    expect(c?.source).toMatchObject({
      text: 'dia',
      resolvesTo: 'Wirawan Hadi',
      kind: 'named_person',
    });
  });

  it.each([
    ['Dengan kata lain, harga naik.', 'id'],
    ['Hal itu jelas terlihat dari data penjualan.', 'id'], // "jelas" = clear, not after a quote
    ['Pemerintah menambah anggaran tambah besar.', 'id'],
    ['He said nothing more.', 'en'], // "said" follows its subject: the other rule's case
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(verbSpeaker, text, lang)).toEqual([]);
  });
});

describe('verb-speaker: Indonesian sources in lower case', () => {
  it.each([
    ['"Hasilnya belum pasti," kata para peneliti.', 'para peneliti'],
    ['"Air sudah surut," ujar warga setempat.', 'warga setempat'],
    [
      '"Jalan ditutup sementara," kata juru bicara kepolisian Budi Santoso.',
      'juru bicara kepolisian Budi Santoso',
    ],
    ['"Kami menolak," kata mereka.', 'mereka'],
  ])('%s', (text, source) => {
    expect(run(verbSpeaker, text, 'id').map(([, , s]) => s)).toContain(source);
  });

  it.each([
    'Masukkan kata sandi baru.',
    'Ia lupa kata kunci akunnya.',
    'Istilah itu berasal dari kata Sanskerta "dharma".',
    'Nama kota itu diambil dari kata Belanda yang berarti benteng.',
  ])('"kata" the noun: %s', (text) => {
    expect(run(verbSpeaker, text, 'id')).toEqual([]);
  });
});

describe('verb-speaker: a carrier after the verb is no speaker', () => {
  it('\'..., who was called "the baron", said on state television\' finds nothing after "said"', () => {
    expect(
      run(
        verbSpeaker,
        'Mill owner Berta Lansk, who was called "the baron", said on state television that the mill would close.',
        'en',
      ),
    ).toEqual([]);
  });
});

describe('verb-speaker: a clause after the verb is no speaker', () => {
  it('"..., said troops had entered the town": the subject cut off by an aside speaks', () => {
    const found = run(
      verbSpeaker,
      'Valdorian media and two foreign channels broadcasting from the rim of the old quarry, one of the few ridges taken by the militia on Sunday, said troops had entered the town.',
      'en',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.[1]).toBe('media');
    expect(found[0]?.[2]).toMatch(/^Valdorian media/);
  });

  it('"Mayor Ilse Brandt, who ..., which ..., says she will stay" is the mayor', () => {
    expect(
      run(
        verbSpeaker,
        'Mayor Ilse Brandt, who resigned after it became clear she had lost the vote in the city, which she called, says she will stay on until June.',
        'en',
      )[0]?.[2],
    ).toBe('Mayor Ilse Brandt');
  });
});
