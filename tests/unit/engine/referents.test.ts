/** What the article named before: a later bare name carries the role given at first mention,
 * and a person pronoun points back only to a person. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

function claims(lang: 'en' | 'id', ...sentences: string[]) {
  return analyze(
    { blocks: sentences.map((text) => ({ type: 'p' as const, text })) },
    { lang, registry: testRegistry },
  ).claims;
}

describe('a role given at first mention carries to a later bare name', () => {
  it.each([
    [
      'id',
      [
        'Menteri Dalam Negeri Tjahjo Kumolo mengatakan pemilu akan berjalan lancar.',
        '"Kami sudah siap," kata Tjahjo.',
      ],
      'Tjahjo Kumolo',
      'Menteri Dalam Negeri',
    ],
    [
      'id',
      [
        'Menteri Dalam Negeri Tjahjo Kumolo menghadiri rapat di Jakarta.',
        'Tjahjo menambahkan, pengamanan sudah disiapkan.',
      ],
      'Tjahjo Kumolo',
      'Menteri Dalam Negeri',
    ],
    [
      'id',
      [
        'Menteri Dalam Negeri Tjahjo Kumolo menghadiri rapat di Jakarta.',
        '"Kami sudah siap," kata Pak Tjahjo.',
      ],
      'Tjahjo Kumolo',
      'Menteri Dalam Negeri',
    ],
    [
      'en',
      [
        'Defense Secretary Lloyd Austin said the alliance was strong.',
        'Austin said the troops would stay.',
      ],
      'Lloyd Austin',
      'Defense Secretary',
    ],
    [
      'en',
      [
        'Defense Secretary Lloyd Austin met his counterpart on Monday.',
        '"We are staying," Austin said.',
      ],
      'Lloyd Austin',
      'Defense Secretary',
    ],
    [
      'en',
      [
        'Lloyd Austin, the defense secretary, said the alliance was strong.',
        'Mr. Austin said the troops would stay.',
      ],
      'Lloyd Austin',
      'defense secretary',
    ],
  ] as const)('%s: %s', (lang, sentences, name, role) => {
    const found = claims(lang, ...sentences);
    const later = found.find((c) => c.sentence === sentences[1]);
    expect(later?.source).toMatchObject({ kind: 'named_person', name, role, resolvesTo: name });
    expect(later?.strength).toBe('strong');
    expect(later?.reasons).toContain('named_with_role');
  });

  it('a capitalised small word inside a portfolio stays in the role', () => {
    const [c] = claims(
      'id',
      'Menteri Dalam Negeri Tjahjo Kumolo mengatakan pemilu akan berjalan lancar.',
    );
    expect(c?.source).toMatchObject({
      text: 'Menteri Dalam Negeri Tjahjo Kumolo',
      name: 'Tjahjo Kumolo',
      role: 'Menteri Dalam Negeri',
    });
    expect(c?.strength).toBe('strong');
  });

  it('a bare name nobody introduced keeps no role', () => {
    const [c] = claims('en', 'Mr. Austin said the troops would stay.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Mr. Austin', role: null });
    expect(c?.strength).toBe('moderate');
  });
});

describe('a person pronoun points back only to a person', () => {
  const pronounClaim = (lang: 'en' | 'id', sentences: readonly string[]) =>
    claims(lang, ...sentences).find((c) => c.sentence === sentences[sentences.length - 1]);

  it.each([
    [
      'id',
      [
        'Kementerian Luar Negeri Rusia menyatakan pertemuan berjalan baik.',
        'Ia menambahkan kerja sama akan diperluas.',
      ],
    ],
    [
      'id',
      [
        'Gedung Putih menyatakan sanksi akan diperketat.',
        'Ia mengatakan sanksi berlaku pekan depan.',
      ],
    ],
    [
      'id',
      [
        'Kemlu RI menyatakan pertemuan berjalan baik.',
        'Dia menambahkan kerja sama akan diperluas.',
      ],
    ],
    [
      'id',
      [
        'Komisi Pemilihan Umum (KPU) menyatakan pemungutan suara berjalan lancar.',
        'Dia mengatakan hasil akan diumumkan pekan depan.',
      ],
    ],
    [
      'id',
      [
        'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan hujan lebat akan turun.',
        'Ia mengatakan warga harus waspada.',
      ],
    ],
    [
      'id',
      [
        'Rapat itu digelar di Gedung Putih pada Senin.',
        'Ia mengatakan sanksi berlaku pekan depan.',
      ],
    ],
    [
      'id',
      [
        'Kementerian Pertahanan Rusia mengumumkan latihan itu.',
        'Menurutnya, latihan berlangsung seminggu.',
      ],
    ],
    [
      'en',
      [
        'The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) said the gun was stolen.',
        'He said the investigation was continuing.',
      ],
    ],
  ] as const)('%s: %s', (lang, sentences) => {
    const c = pronounClaim(lang, sentences);
    expect(c?.source).toMatchObject({ kind: 'named_person', name: null, resolvesTo: null });
    expect(c?.reasons).toContain('pronoun_unresolved');
  });

  it('skips a body spoken in between to reach the person named before it', () => {
    const c = pronounClaim('id', [
      'Menteri Luar Negeri Retno Marsudi bertemu mitranya di Jakarta.',
      'Kementerian Luar Negeri menyatakan pertemuan berjalan baik.',
      'Dia menambahkan kerja sama akan diperluas.',
    ]);
    expect(c?.source).toMatchObject({
      kind: 'named_person',
      name: 'Retno Marsudi',
      role: 'Menteri Luar Negeri',
      resolvesTo: 'Retno Marsudi',
    });
    expect(c?.strength).toBe('strong');
  });

  it('bodies named by list and acronym are institutions', () => {
    const [bmkg] = claims(
      'id',
      'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyatakan hujan lebat akan turun.',
    );
    expect(bmkg?.source).toMatchObject({
      text: 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)',
      kind: 'official_body',
    });
    expect(bmkg?.claim).toBe('hujan lebat akan turun');
    const [gsea] = claims('en', 'Greenpeace Southeast Asia (GSEA) said the fires were spreading.');
    expect(gsea?.source.kind).toBe('organization');
  });
});
