/** The registry's names become lexicon phrases that the compiled packs match. */
import { describe, expect, it } from 'vitest';
import {
  institutionPhrases,
  phraseOf,
  searchingInstitutionPhrases,
  type Institution,
} from '@/core/institutions';
import { institutionAt, spellingTable, writtenAs } from '@/core/institutions/match';
import { getPack } from '@/core/lang';
import { tokenize } from '@/core/text';

const entry = (
  id: string,
  kind: Institution['kind'],
  names: Institution['names'],
): Institution => ({
  id,
  name: id,
  names,
  country: 'ZZ',
  kind,
  citation: { title: 'Test fixture', url: 'https://example.org/fixture' },
  reviewed: '2026-01-01',
});

describe('phraseOf', () => {
  it.each([
    ['U.N.', 'u.n'],
    ['DPR-RI', 'dpr-ri'],
    ['Komnas HAM', 'komnas ham'],
    ['Centers for Disease Control', 'centers for disease control'],
    ['Dewan Kota Sukamaju, Barat', 'dewan kota sukamaju , barat'],
  ])('%s -> %s', (spelling, phrase) => expect(phraseOf(spelling)).toBe(phrase));
});

describe('institutionPhrases', () => {
  const entries = [
    entry('zeta-council', 'official_body', { en: ['Zeta Council', 'ZC'], id: ['Dewan Zeta'] }),
    entry('alpha-board', 'official_body', { en: ['Alpha Board'] }),
    entry('omega-chamber', 'organization', { id: ['Kamar Omega'] }),
  ];
  it('gives the phrases of one kind in one language, sorted', () => {
    expect(institutionPhrases('en', 'official_body', entries)).toEqual([
      'alpha board',
      'zc',
      'zeta council',
    ]);
    expect(institutionPhrases('id', 'official_body', entries)).toEqual(['dewan zeta']);
    expect(institutionPhrases('id', 'organization', entries)).toEqual(['kamar omega']);
    expect(institutionPhrases('en', 'organization', entries)).toEqual([]);
    expect(institutionPhrases('fr', 'official_body', entries)).toEqual([]);
  });
});

describe('searchingInstitutionPhrases', () => {
  it('gives only the bodies marked as searching places', () => {
    const entries = [
      { ...entry('sigma-rescue', 'official_body', { id: ['Regu Sigma'] }), searches: true },
      entry('zeta-council', 'official_body', { id: ['Dewan Zeta'] }),
    ] satisfies Institution[];
    expect(searchingInstitutionPhrases('id', entries)).toEqual(['regu sigma']);
    expect(searchingInstitutionPhrases('en', entries)).toEqual([]);
  });

  it("joins the pack's searching table", () => {
    const searching = getPack('id').data.searchingBodies;
    for (const phrase of searchingInstitutionPhrases('id')) expect(searching).toContain(phrase);
  });
});

describe('compiled packs read the registry', () => {
  const matches = (lang: 'en' | 'id', table: 'bodies' | 'organizations', text: string) => {
    const tokens = tokenize(text);
    return getPack(lang)[table].matchAt(tokens, 0) === tokens.filter((t) => t.text !== '.').length;
  };
  it.each([
    ['en', 'bodies', 'NATO'],
    ['en', 'bodies', 'United Nations'],
    ['en', 'bodies', 'Centers for Disease Control'],
    ['id', 'bodies', 'PBB'],
    ['id', 'bodies', 'DPR-RI'],
    ['id', 'bodies', 'Komnas HAM'],
    ['id', 'bodies', 'Kremlin'],
    ['id', 'organizations', 'Kadin'],
  ] as const)('%s %s: %s', (lang, table, text) => expect(matches(lang, table, text)).toBe(true));

  it('keeps each language to the spellings of its own copy', () => {
    expect(getPack('en').bodies.has('pbb')).toBe(false);
    expect(getPack('id').bodies.has('nato')).toBe(false);
    expect(getPack('en').bodies.has('who')).toBe(false);
  });

  it('keeps the class words of the packs beside the names', () => {
    expect(getPack('en').bodies.has('ministry')).toBe(true);
    expect(getPack('id').bodies.has('kementerian')).toBe(true);
    expect(getPack('id').organizations.has('perusahaan')).toBe(true);
  });
});

describe('institutionAt: spellings as written', () => {
  const entries = [
    entry('zeta-council', 'official_body', { en: ['Zeta Council', 'ZC'] }),
    entry('zeta-board', 'official_body', { id: ['Dewan Zeta Raya'] }),
  ];
  const table = spellingTable(entries);
  const at = (text: string) => institutionAt(tokenize(text), 0, undefined, table);
  it('matches the capitals of a spelling only as capitals', () => {
    expect(writtenAs('ZC', 'ZC')).toBe(true);
    expect(writtenAs('zc', 'ZC')).toBe(false);
    expect(writtenAs('ZETA', 'Zeta')).toBe(true);
    expect(writtenAs('zeta', 'Zeta')).toBe(false);
    expect(at('ZC said')?.entry.id).toBe('zeta-council');
    expect(at('zc said')).toBeNull();
  });
  it('matches the longest spelling, in copy of any language', () => {
    expect(at('Zeta Council said')).toMatchObject({ len: 2 });
    expect(at('Dewan Zeta Raya menyatakan')).toMatchObject({ len: 3 });
    expect(at('Dewan Zeta menyatakan')).toBeNull();
  });
});
