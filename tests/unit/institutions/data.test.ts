/** The bundled institution data is well-formed: a list a journalist can check line by line,
 * holding names only (the class words stay in the language packs). */
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_INSTITUTIONS,
  DATA_FILES,
  InstitutionSchema,
  phraseOf,
  type Institution,
} from '@/core/institutions';
import { LANGUAGES } from '@/core/lang';

const sorted = (list: readonly string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const spellings = (o: Institution) => Object.values(o.names).flat();
const byId = (id: string) => BUNDLED_INSTITUTIONS.find((o) => o.id === id);

describe('bundled institution data', () => {
  it('validates against InstitutionSchema, entry by entry', () => {
    for (const entry of BUNDLED_INSTITUTIONS) {
      const result = InstitutionSchema.safeParse(entry);
      expect(result.success ? null : { id: entry.id, issues: result.error.issues }).toBeNull();
    }
  });

  it('keeps every data file and the merged list sorted by id, with unique ids', () => {
    for (const [file, list] of Object.entries(DATA_FILES)) {
      const ids = list.map((o) => o.id);
      expect({ file, ids }).toEqual({ file, ids: sorted(ids) });
    }
    const ids = BUNDLED_INSTITUTIONS.map((o) => o.id);
    expect(ids).toEqual(sorted(ids));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every entry a citation and a real review date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const o of BUNDLED_INSTITUTIONS) {
      expect(o.citation.title.length, o.id).toBeGreaterThan(3);
      expect(o.citation.url, o.id).toMatch(/^https:\/\/[^/\s]+\.[a-z]{2,}\//);
      const date = new Date(`${o.reviewed}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), o.id).toBe(false);
      expect(date.toISOString().slice(0, 10), o.id).toBe(o.reviewed);
      expect(o.reviewed <= today, o.id).toBe(true);
    }
  });

  it('names each entry in at least one language pack, and only in registered ones', () => {
    const codes = LANGUAGES.map((l) => l.code);
    for (const o of BUNDLED_INSTITUTIONS) {
      expect(spellings(o).length, o.id).toBeGreaterThan(0);
      for (const lang of Object.keys(o.names)) expect(codes, `${o.id}: ${lang}`).toContain(lang);
    }
  });

  it('writes every spelling as a name: capitalised, trimmed, single-spaced', () => {
    for (const o of BUNDLED_INSTITUTIONS) {
      for (const s of [o.name, ...spellings(o), ...(o.aliases ?? [])]) {
        expect(s, o.id).toBe(s.trim());
        expect(s, o.id).not.toMatch(/\s{2}/);
        expect(s, `${o.id}: "${s}" is a name, written as one`).toMatch(/^\p{Lu}/u);
      }
    }
  });

  it('repeats no spelling within an entry, and lists no matched spelling again as an alias', () => {
    for (const o of BUNDLED_INSTITUTIONS) {
      for (const [lang, list] of Object.entries(o.names))
        expect(new Set(list).size, `${o.id} ${lang}`).toBe(list.length);
      const aliases = o.aliases ?? [];
      expect(new Set(aliases).size, o.id).toBe(aliases.length);
      for (const a of aliases) expect(spellings(o), `${o.id}: ${a}`).not.toContain(a);
    }
  });

  it('turns every matched spelling into a lexicon phrase of words', () => {
    for (const o of BUNDLED_INSTITUTIONS) {
      for (const s of spellings(o)) {
        const phrase = phraseOf(s);
        // The shape the lexicon test asks of every pack entry, plus the commas of a full name.
        expect(phrase, `${o.id}: ${s}`).toMatch(/^[\p{Ll}\d'.,\- ]+$/u);
        expect(
          phrase.split(' ').every((w) => w.length > 0),
          s,
        ).toBe(true);
      }
    }
  });

  it('gives no phrase to two entries in the same language', () => {
    for (const { code } of LANGUAGES) {
      const owner = new Map<string, string>();
      for (const o of BUNDLED_INSTITUTIONS) {
        for (const s of o.names[code] ?? []) {
          const phrase = phraseOf(s);
          expect(
            owner.get(phrase),
            `${code} "${phrase}": ${owner.get(phrase)} and ${o.id}`,
          ).toBeUndefined();
          owner.set(phrase, o.id);
        }
      }
    }
  });

  // The abbreviations list is the sentence splitter's ("U.N." ends no sentence), not a class.
  it('keeps the names out of every word list of the language packs', () => {
    for (const pack of LANGUAGES) {
      const lists = Object.entries(pack).filter(
        (e): e is [string, string[]] => Array.isArray(e[1]) && e[0] !== 'abbreviations',
      );
      for (const o of BUNDLED_INSTITUTIONS) {
        for (const s of o.names[pack.code] ?? []) {
          const phrase = phraseOf(s);
          for (const [list, words] of lists)
            expect(
              words,
              `${pack.code} ${list} holds the name "${phrase}" (${o.id})`,
            ).not.toContain(phrase);
        }
      }
    }
  });

  it('makes bodies of states official bodies, and says so of contested or renamed entries', () => {
    for (const o of BUNDLED_INSTITUTIONS.filter((e) => e.country === 'international'))
      expect(o.kind, o.id).toBe('official_body');
    expect(byId('kadin')?.kind).toBe('organization');
    for (const id of [
      'kadin',
      'kremlin',
      'white-house',
      'pentagon',
      'kementerian-komunikasi-dan-informatika',
    ])
      expect(byId(id)?.note, id).toMatch(/\w{4,}/);
    // An alias that is an ordinary word is never matched, and the entry says why.
    for (const id of ['united-nations', 'world-health-organization', 'federal-reserve'])
      expect(byId(id)?.note, id).toMatch(/case-blind/);
  });

  it.each([
    ['united-nations', 'en', 'U.N.'],
    ['united-nations', 'id', 'PBB'],
    ['european-union', 'id', 'Uni Eropa'],
    ['kpk', 'id', 'KPK'],
    ['polri', 'id', 'Polri'],
    ['tni', 'id', 'TNI'],
    ['bmkg', 'id', 'BMKG'],
    ['nato', 'en', 'NATO'],
    ['white-house', 'id', 'Gedung Putih'],
  ])('%s is named %s-language copy as %s', (id, lang, spelling) => {
    expect(byId(id)?.names[lang]).toContain(spelling);
  });
});
