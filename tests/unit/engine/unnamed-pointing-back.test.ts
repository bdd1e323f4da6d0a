/**
 * A definite description of an unnamed source points back to the right one: a plural word
 * for sources to the unnamed group, not the one person of it quoted last; a description with a
 * clause of its own right after its head ("the woman who found the body", "the man charged
 * with her killing") is someone new. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { sourceIn } from './source/helpers';

const en = (sentences: string[], which = sentences.length - 1) => sourceIn('en', sentences, which);
const id = (sentences: string[], which = sentences.length - 1) => sourceIn('id', sentences, which);

describe('a plural word for sources points back to the unnamed group (English)', () => {
  it('"the sources" after a group, then one of them', () => {
    expect(
      en([
        'The ministry is quietly asking its neighbours to avoid a clash at sea, several officials said.',
        '"We want calm so the talks can go on," said one official, who asked not to be named.',
        'Some of the letters went through embassies, the sources said.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official', resolvesTo: 'several officials' });
  });

  it('a group of people familiar with a deal, one of them, then "the sources"', () => {
    expect(
      en([
        'The bank is close to selling its card unit, people familiar with the matter said.',
        'One of them said the price could top $2 billion.',
        'The sources said a deal could be signed this month.',
      ]),
    ).toMatchObject({ kind: 'anonymous', resolvesTo: 'people familiar with the matter' });
  });

  it('"the source" (one) still points to the one quoted last', () => {
    expect(
      en([
        'The airline will cut flights to the island, two industry sources said.',
        'A third source said the cuts would start in June.',
        'The source added that fares would rise.',
      ]),
    ).toMatchObject({ resolvesTo: 'A third source' });
  });

  it('with no group before, a plural falls back to the last unnamed source', () => {
    expect(
      en([
        'The plant will close in May, a company source said.',
        'The sources said about 200 jobs would go.',
      ]),
    ).toMatchObject({ resolvesTo: 'a company source' });
  });
});

describe('a description with a clause of its own is someone new (English)', () => {
  it('a participle and its complement after "the man"', () => {
    const source = en([
      'Her husband said she had been worried about threats against her office.',
      'The man charged with her killing, asked his name in court, replied: "Not guilty."',
    ]);
    expect(source).toMatchObject({ kind: 'anonymous', resolvesTo: null });
  });

  it('a relative clause after "the woman"', () => {
    const source = en([
      'A woman who lives nearby said she heard two shots.',
      'The woman who found the body said the door had been open.',
    ]);
    expect(source).toMatchObject({ kind: 'anonymous', resolvesTo: null });
  });

  it('a participle phrase closed by a comma before the verb', () => {
    const source = en([
      'Her brother said the family had received no warning.',
      'The man arrested at the scene, a 40-year-old builder, told police he acted alone.',
    ]);
    expect(source?.resolvesTo ?? null).toBeNull();
  });

  it('an aside after a comma is about the one already known', () => {
    expect(
      en([
        'The talks have stalled over tariffs, a senior official said.',
        'The official, who asked not to be named, said a new round was planned.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official', resolvesTo: 'a senior official' });
  });

  it('the same description again points back', () => {
    expect(
      en([
        'A witness who saw the crash said the lorry was speeding.',
        'The witness who saw the crash said the driver got out and ran.',
      ]),
    ).toMatchObject({ kind: 'anonymous', resolvesTo: 'A witness who saw the crash' });
  });

  it('the sentence verb after the head is no modifier', () => {
    expect(
      en([
        'The bridge will be closed for repairs, a council official said.',
        'The official added in a statement that buses would run instead.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official', resolvesTo: 'a council official' });
  });
});

describe('a plural word for sources points back to the unnamed group (Indonesian)', () => {
  it('"sumber-sumber tersebut" after a group, then one of them', () => {
    expect(
      id([
        'Pemerintah diam-diam meminta negara tetangga menahan diri di laut, kata sejumlah pejabat.',
        '"Kami ingin suasana tenang," kata seorang pejabat yang enggan disebut namanya.',
        'Sebagian pesan dikirim lewat kedutaan, kata sumber-sumber tersebut.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official', resolvesTo: 'sejumlah pejabat' });
  });

  it('"sumber itu" (one) still points to the one quoted last', () => {
    expect(
      id([
        'Maskapai itu akan mengurangi penerbangan ke pulau tersebut, kata dua sumber industri.',
        'Seorang sumber lain mengatakan pengurangan dimulai pada Juni.',
        'Sumber itu menambahkan bahwa harga tiket akan naik.',
      ]),
    ).toMatchObject({ resolvesTo: 'Seorang sumber lain' });
  });

  it('a doubled word with no group before falls back to the last unnamed source', () => {
    expect(
      id([
        'Pabrik itu akan ditutup pada Mei, kata seorang sumber di perusahaan.',
        'Sumber-sumber itu mengatakan sekitar 200 pekerja akan dirumahkan.',
      ]),
    ).toMatchObject({ resolvesTo: 'seorang sumber di perusahaan' });
  });
});

describe('a description with a clause of its own is someone new (Indonesian)', () => {
  it('"Pria yang didakwa ..." after "Suaminya"', () => {
    expect(
      id([
        'Suaminya mengatakan ia sudah lama khawatir dengan ancaman terhadap kantornya.',
        'Pria yang didakwa membunuhnya mengatakan di pengadilan bahwa ia tidak bersalah.',
      ]),
    ).toMatchObject({ kind: 'anonymous', resolvesTo: null });
  });

  it('"Perempuan yang menemukan jasad itu" after another woman', () => {
    expect(
      id([
        'Seorang perempuan yang tinggal di dekat lokasi mengatakan ia mendengar dua tembakan.',
        'Perempuan yang menemukan jasad itu mengatakan pintu rumah terbuka.',
      ]),
    ).toMatchObject({ kind: 'anonymous', resolvesTo: null });
  });

  it('"Perempuan itu" then points to the one described last', () => {
    expect(
      id([
        'Seorang perempuan yang tinggal di dekat lokasi mengatakan ia mendengar dua tembakan.',
        'Perempuan yang menemukan jasad itu mengatakan pintu rumah terbuka.',
        'Perempuan itu menambahkan bahwa ia langsung menelepon polisi.',
      ]),
    ).toMatchObject({ resolvesTo: 'Perempuan yang menemukan jasad itu' });
  });

  it('"Pejabat itu" still points back to the official', () => {
    expect(
      id([
        'Jembatan itu akan ditutup untuk perbaikan, kata seorang pejabat dinas.',
        'Pejabat itu menambahkan bahwa bus akan disediakan sebagai pengganti.',
      ]),
    ).toMatchObject({ kind: 'unnamed_official', resolvesTo: 'seorang pejabat dinas' });
  });
});
