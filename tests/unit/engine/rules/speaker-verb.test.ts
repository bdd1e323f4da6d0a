import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { speakerVerb } from '@/core/rules/speaker-verb';
import { ctx, person, run, testRegistry } from '../helpers';

describe('speaker-verb', () => {
  it.each([
    [
      'Marta Quell said she had not expected the mural to draw a crowd.',
      'said',
      'named_person',
      'Marta Quell',
    ],
    [
      'The company also said it was cutting the price of frozen cod.',
      'said',
      'organization',
      'The company',
    ],
    [
      'In the past, the Pentagon has denied that the barges were armed.',
      'denied',
      'official_body',
      'the Pentagon',
    ],
    ['Analysts say the merger will raise prices.', 'say', 'anonymous', 'Analysts'],
    [
      'Law enforcement sources tell the paper the dress was stolen.',
      'tell',
      'unnamed_official',
      'Law enforcement sources',
    ],
    ['State media reported that the launch succeeded.', 'reported', 'state_media', 'State media'],
    [
      'Quell, a former art teacher herself, said her aim was to cheer the street.',
      'said',
      'named_person',
      'Quell, a former art teacher herself',
    ],
  ] as const)('en: %s', (text, cue, kind, source) => {
    expect(run(speakerVerb, text, 'en')[0]).toEqual([cue, kind, source]);
  });

  it.each([
    [
      'Duta Besar Rusia untuk Vietnam Alexander Petrov mengatakan bahwa latihan itu pantas.',
      'mengatakan',
      'named_person',
      'Duta Besar Rusia untuk Vietnam Alexander Petrov',
    ],
    [
      'Media pemerintah juga tidak menyebutkan jenis latihan yang direncanakan.',
      'menyebutkan',
      'state_media',
      'Media pemerintah',
    ],
    [
      'Di masa lalu, Vietnam telah membantah klaim bahwa mereka membeli kapal selam.',
      'membantah',
      'official_body',
      'Vietnam',
    ],
    [
      'Seorang sumber menyebut, koperasi harus memangkas biaya.',
      'menyebut',
      'anonymous',
      'Seorang sumber',
    ],
    [
      'Adapun sumber lain mengatakan, jumlah nelayan yang terdampak bisa lebih besar.',
      'mengatakan',
      'anonymous',
      'sumber lain',
    ],
    [
      'Kemudian Asosiasi Petani Garam Indonesia (APGI) menyampaikan 3,4 juta ton garam rusak.',
      'menyampaikan',
      'organization',
      'Asosiasi Petani Garam Indonesia (APGI)',
    ],
    [
      'Ketua Umum Kadin, Wulan Prasetya mengatakan angka itu terus bertambah.',
      'mengatakan',
      'named_person',
      'Ketua Umum Kadin, Wulan Prasetya',
    ],
  ] as const)('id: %s', (text, cue, kind, source) => {
    expect(run(speakerVerb, text, 'id')[0]).toEqual([cue, kind, source]);
  });

  it('splits a name from its role', () => {
    const [c] = speakerVerb.find(
      ctx('Menteri Pertahanan Korea Utara Jo Sun-hae menyampaikan hal ini.', 'id'),
    );
    expect(c?.source.name).toBe('Jo Sun-hae');
    expect(c?.source.role).toBe('Menteri Pertahanan Korea Utara');
  });

  it('resolves pronouns to the last person named', () => {
    const [c] = speakerVerb.find(
      ctx('Dia menyebutkan, angka itu naik.', 'id', {
        referents: [person('Wulan Prasetya', 'Ketua Umum Kadin')],
      }),
    );
    expect(c?.source).toMatchObject({
      text: 'Dia',
      kind: 'named_person',
      resolvesTo: 'Wulan Prasetya',
      reasons: ['pronoun_resolved'],
    });
  });

  it.each([
    ['Kim met Petrov on Friday and toured the factory.', 'en'],
    ['“They said it was fine,” he recalled later.', 'en'], // only the quote has "said"
    ['The United States imposed new sanctions.', 'en'],
    // A capital opening the sentence, then an adjective: the verb's form is a noun.
    ['Famed for witty tweets and long threads, the chef Ana Lind opened a bistro.', 'en'],
    ['Rudi juga menunjukkan kepada tamunya sebuah perahu kayu.', 'id'],
    ['Harga minyak naik tajam pada hari Senin.', 'id'],
  ] as const)('no attribution: %s', (text, lang) => {
    const found = run(speakerVerb, text, lang).filter(([cue]) => cue !== 'recalled');
    expect(found).toEqual([]);
  });
});

describe('speaker-verb: names', () => {
  it('an honorific is part of the name, not a role', () => {
    const [c] = speakerVerb.find(ctx('Mr. Tillman said turnover at the group had fallen.', 'en'));
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Mr. Tillman', role: null });
  });

  it('a lone unknown capitalised word is an organization in English, a person in Indonesian', () => {
    expect(
      run(speakerVerb, 'Lionsgate yesterday announced plans to finance films.', 'en')[0]?.[1],
    ).toBe('organization');
    expect(
      run(speakerVerb, 'Wirawan menjelaskan, para perajin harus bersaing.', 'id')[0]?.[1],
    ).toBe('named_person');
  });

  it('a surname named earlier is that person', () => {
    const [c] = speakerVerb.find(
      ctx('Farlow said the chain was selling cheaper fish.', 'en', {
        referents: [person('Tom Farlow', 'analyst')],
      }),
    );
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      name: 'Tom Farlow',
      role: 'analyst',
      resolvesTo: 'Tom Farlow',
    });
  });

  it("the word after an organization prefix is the organization's", () => {
    const [c] = speakerVerb.find(
      ctx('Direktur Utama Bank Sentosa Rizal Hakim mengatakan bahwa cabang berkurang.', 'id'),
    );
    expect(c?.source).toMatchObject({
      name: 'Rizal Hakim',
      role: 'Direktur Utama Bank Sentosa',
    });
  });

  it('a dateline is no part of the source', () => {
    const [c] = speakerVerb.find(
      ctx(
        'Jakarta, CNN Indonesia -- Menteri Koperasi dan UKM, , mengakui UMKM sulit mengakses pembiayaan.',
        'id',
      ),
    );
    expect(c?.source.text).toBe('Menteri Koperasi dan UKM');
    // The empty slot after the title is the minister's lost name (stage role-head).
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('speaker-verb: kinds by priority and registry', () => {
  it.each([
    [
      'A senior U.S. official, speaking on condition of anonymity, said the deal was close.',
      'en',
      'unnamed_official',
    ],
    ['People familiar with the matter said the company was exploring a sale.', 'en', 'anonymous'],
    [
      'Sumber yang enggan disebutkan namanya mengatakan kesepakatan hampir tercapai.',
      'id',
      'anonymous',
    ],
    ['Statenews said the talks were productive.', 'en', 'state_media'],
    ['Kantor berita resmi STN melaporkan peluncuran itu berhasil.', 'id', 'state_media'],
    ['The Daily Planet reported that the vote was delayed.', 'en', 'media'],
    ['Wirely correspondent John Smith said the vote was delayed.', 'en', 'named_person'],
    // The outlet only saw the document, which speaks; an outlet that carried words speaks.
    ['A letter obtained by Wirely said the depot would close.', 'en', 'document'],
    ['An internal memo reviewed by the Daily Planet warned of delays.', 'en', 'document'],
    ['A statement carried by Statenews said the depot would close.', 'en', 'state_media'],
  ] as const)('%s', (text, lang, kind) => {
    expect(run(speakerVerb, text, lang)[0]?.[1]).toBe(kind);
  });
});

describe('speaker-verb: unnamed sources described up to the verb', () => {
  it.each([
    [
      'People familiar with the matter said the talks had stalled.',
      'en',
      'anonymous',
      'People familiar with the matter',
    ],
    [
      'The firm declined to comment, but people familiar with the matter said the talks had stalled.',
      'en',
      'anonymous',
      'people familiar with the matter',
    ],
    [
      'Two senior U.S. officials, speaking on condition of anonymity, said the strike was planned.',
      'en',
      'unnamed_official',
      'Two senior U.S. officials, speaking on condition of anonymity',
    ],
    [
      'Residents who asked not to be named said the water was cut.',
      'en',
      'anonymous',
      'Residents who asked not to be named',
    ],
    [
      'A resident who asked not to be named said the water was cut.',
      'en',
      'anonymous',
      'A resident who asked not to be named',
    ],
    [
      'A man who asked not to be named said the water was cut.',
      'en',
      'anonymous',
      'A man who asked not to be named',
    ],
    [
      'A senior government official said the plan was ready.',
      'en',
      'unnamed_official',
      'A senior government official',
    ],
    [
      'Warga yang enggan disebutkan namanya mengatakan air sudah tiga hari mati.',
      'id',
      'anonymous',
      'Warga yang enggan disebutkan namanya',
    ],
    [
      'Seorang pejabat senior pemerintah yang tidak mau disebut namanya mengatakan rencana itu siap.',
      'id',
      'unnamed_official',
      'Seorang pejabat senior pemerintah yang tidak mau disebut namanya',
    ],
  ] as const)('%s', (text, lang, kind, source) => {
    const [c] = run(speakerVerb, text, lang);
    expect(c?.[1]).toBe(kind);
    expect(c?.[2]).toBe(source);
  });
});

describe('speaker-verb: an outlet with a description', () => {
  it.each([
    [
      'Statenews, the Zedland state news agency, said the talks were productive.',
      'en',
      'state_media',
      'Statenews',
    ],
    [
      'The talks were productive, Statenews, the Zedland state news agency, said.',
      'en',
      'state_media',
      'Statenews',
    ],
    [
      'Kantor berita resmi Zedland, Statenews, melaporkan bahwa Kim hadir.',
      'id',
      'state_media',
      'Statenews',
    ],
    [
      'Statenews, kantor berita resmi Zedland, melaporkan bahwa Kim hadir.',
      'id',
      'state_media',
      'Statenews',
    ],
    // The registry, not the description, says whether an outlet is state-controlled.
    [
      'The Daily Planet, the state broadcaster, said the vote was delayed.',
      'en',
      'media',
      'The Daily Planet',
    ],
    // A state outlet's report is that outlet speaking.
    ['Laporan Statenews menyebutkan Kim hadir.', 'id', 'state_media', 'Laporan Statenews'],
  ] as const)('%s', (text, lang, kind, source) => {
    const [c] = speakerVerb.find(ctx(text, lang));
    expect([c?.cue, c?.source.kind, c?.source.text]).toEqual([
      lang === 'en' ? 'said' : c?.cue,
      kind,
      source,
    ]);
    expect(c?.source.outlet).not.toBeNull();
  });

  it('"state" in "state news agency" is no verb', () => {
    expect(
      run(
        speakerVerb,
        'Statenews, the Zedland state news agency, said the talks were productive.',
        'en',
      ).map(([cue]) => cue),
    ).toEqual(['said']);
  });
});

describe('speaker-verb: a time phrase between the source and its verb', () => {
  it.each([
    [
      'Menteri Keuangan Sri Mulyani pada Senin mengatakan defisit akan melebar.',
      'id',
      'Menteri Keuangan Sri Mulyani',
    ],
    [
      'Menteri Keuangan Sri Mulyani, Senin (12/3), mengatakan defisit akan melebar.',
      'id',
      'Menteri Keuangan Sri Mulyani',
    ],
    [
      'Kepala BPS Suhariyanto pada Senin (1/2/2021) mengatakan ekonomi tumbuh.',
      'id',
      'Kepala BPS Suhariyanto',
    ],
    ['The Pentagon on Monday said the drills had ended.', 'en', 'The Pentagon'],
  ] as const)('%s', (text, lang, source) => {
    const [c] = speakerVerb.find(ctx(text, lang));
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).not.toBe('unnamed_official');
  });

  it('keeps the role with the name, not with the date', () => {
    const [c] = speakerVerb.find(
      ctx('Menteri Keuangan Sri Mulyani, Senin (12/3), mengatakan defisit akan melebar.', 'id'),
    );
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      name: 'Sri Mulyani',
      role: 'Menteri Keuangan',
    });
  });

  it('a time phrase alone is no source', () => {
    expect(run(speakerVerb, 'Pada Senin (12/3) mengatakan defisit akan melebar.', 'id')).toEqual(
      [],
    );
  });
});

describe('speaker-verb: unnamed sources are flagged as the docs define', () => {
  it.each([
    [
      'People familiar with the matter said the talks had stalled.',
      'en',
      'anonymous',
      'anonymous_source',
    ],
    [
      'Two senior U.S. officials, speaking on condition of anonymity, said the strike was planned.',
      'en',
      'unnamed_official',
      'unnamed_official',
    ],
    [
      'Residents who asked not to be named said the water was cut.',
      'en',
      'anonymous',
      'anonymous_source',
    ],
    [
      'A senior government official said the plan was ready.',
      'en',
      'unnamed_official',
      'unnamed_official',
    ],
  ] as const)('%s', (text, lang, kind, reason) => {
    const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({
      source: { kind },
      flags: ['unnamed_source'],
      strength: 'weak',
    });
    expect(report.claims[0]!.reasons).toContain(reason);
  });
});

describe('speaker-verb: publishing verbs and shared subjects', () => {
  it.each([
    ['"We are open again," the group posted.', 'posted', 'the group'],
    ['"We are open again," the company tweeted on Sunday.', 'tweeted', 'the company'],
    ['The two companies have both denied the claims.', 'denied', 'The two companies'],
  ])('%s', (text, cue, source) => {
    expect(run(speakerVerb, text, 'en').map(([c, , s]) => [c, s])).toContainEqual([cue, source]);
  });

  it('"posted": the claim is what stands before the source, not where it was posted', () => {
    const report = analyze(
      {
        blocks: [{ type: 'p', text: 'Sales doubled in March, the company posted to its website.' }],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(report.claims[0]?.claim).toBe('Sales doubled in March');
  });

  it('"posted" with no claim before it is no cue: guards posted on a rooftop', () => {
    expect(run(speakerVerb, 'The guards posted on the roof watched the square.', 'en')).toEqual([]);
  });
});

describe('speaker-verb: Indonesian everyday and negated cues', () => {
  it.each([
    ['Hanya saja, dia bilang, semua pekerja sudah pulang.', 'bilang', 'dia'],
    ['Dinas Kesehatan menekankan pentingnya vaksinasi ulang.', 'menekankan', 'Dinas Kesehatan'],
  ])('%s', (text, cue, source) => {
    expect(run(speakerVerb, text, 'id').map(([c, , s]) => [c, s])).toContainEqual([cue, source]);
  });

  it.each([
    'Budi tidak menjelaskan lebih rinci proses pemulangan itu.',
    'Polisi enggan menyebutkan identitas pelaku.',
    'Kepala desa belum menjelaskan asal dana tersebut.',
    'Juru bicara itu menolak mengatakan kapan kapal akan berlayar lagi.',
    'Pejabat bandara itu enggan merinci jumlah penumpang yang tertahan.',
  ])('"did not explain", "declined to name": no claim conveyed: %s', (text) => {
    expect(run(speakerVerb, text, 'id')).toEqual([]);
  });
});

describe('speaker-verb: a passive has no speaker', () => {
  it.each([
    'Residents were said to be fleeing the city.',
    'The analysts were widely reported to be worried.',
    'The plan was announced on Monday.',
  ])('%s', (text) => {
    expect(run(speakerVerb, text, 'en')).toEqual([]);
  });

  it('a perfect is no passive: "officials have said"', () => {
    expect(run(speakerVerb, 'Officials have said the plan is ready.', 'en')).toHaveLength(1);
  });
});

describe('speaker-verb: "claims" held, not made', () => {
  it.each([
    'Velmar and Dornia also have claims to parts of the sea.',
    'Dornia has claims on the reef as well.',
  ])('%s', (text) => {
    expect(run(speakerVerb, text, 'en')).toEqual([]);
  });

  it('a perfect of the verb still reports: "officials have claimed"', () => {
    expect(run(speakerVerb, 'Officials have claimed the reef was theirs.', 'en')).toHaveLength(1);
  });
});

describe('speaker-verb: the speaker before ", which said" / ", who said"', () => {
  it('"Acme Relief, which said ...": the institution speaks, and is no person', () => {
    const [c] = run(
      speakerVerb,
      'The clinic was run by Acme Relief, which said it was hit by an air strike.',
      'en',
    );
    expect(c?.[1]).toBe('organization');
    expect(c?.[2]).toBe('Acme Relief');
  });

  it('"Tom Hale, who insists he will stay, ...": a clause after the verb', () => {
    const [c] = run(speakerVerb, 'Tom Hale, who insists he will stay, is the favourite.', 'en');
    expect(c?.[2]).toBe('Tom Hale');
  });

  it.each([
    'The Lakeside Trust, which reports on the war from abroad, was founded in 2011.',
    'The group, which claims a million members, failed to win a seat.',
  ])('no clause after the verb: what the relative tells of its subject: %s', (text) => {
    expect(run(speakerVerb, text, 'en')).toEqual([]);
  });

  it('an unnamed source written with its place records that decision in source.basis', () => {
    const [c] = speakerVerb.find(
      ctx('Other large growers in Dunmore said sales had fallen.', 'en'),
    );
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toBe('Other large growers in Dunmore');
    expect(c?.source.basis).toBe('rule:speaker-verb/unnamed-placed');
  });
});

describe('speaker-verb: a plain form after "a" is a noun', () => {
  it.each([
    "A new Senate report released Thursday questions the charity's books.",
    'A county claim filed in May names the builder.',
  ])('no speaker: %s', (text) => {
    expect(run(speakerVerb, text, 'en')).toEqual([]);
  });

  it('a language with no finite endings keeps its verb', () => {
    expect(
      run(speakerVerb, 'Salah satu media asing melansir bahwa kapal itu tenggelam.', 'id'),
    ).toEqual([['melansir', 'media', 'Salah satu media asing']]);
  });

  it('a finite form still reports', () => {
    expect(run(speakerVerb, 'A spokesman charged that the vote was rigged.', 'en')).toEqual([
      ['charged', 'unnamed_official', 'A spokesman'],
    ]);
  });
});
