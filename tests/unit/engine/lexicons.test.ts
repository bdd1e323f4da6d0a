/** The language packs are curated data: same files in every language, every list sorted,
 * unique and well-formed (lower case, single spaces, no edge spaces). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/core/lang';

const LANG_DIR = join(__dirname, '../../../core/lang');

describe('language packs', () => {
  const folders = readdirSync(LANG_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);

  it('every folder is registered, and every registered pack has a folder', () => {
    expect([...folders].sort()).toEqual(LANGUAGES.map((l) => l.code).sort());
  });

  it('every language folder has the same file names', () => {
    const names = folders.map((f) => readdirSync(join(LANG_DIR, f)).sort());
    for (const n of names) expect(n).toEqual(names[0]);
  });

  for (const pack of LANGUAGES) {
    describe(pack.code, () => {
      const lists = Object.entries(pack).filter((e): e is [string, string[]] =>
        Array.isArray(e[1]),
      );
      it('has every list of the pack shape', () => expect(lists.length).toBeGreaterThan(30));
      it.each(lists)('%s is sorted, unique and well-formed', (_name, list) => {
        const sorted = [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        expect(list).toEqual(sorted);
        expect(new Set(list).size).toBe(list.length);
        for (const entry of list) {
          expect(entry).toBe(entry.toLowerCase());
          expect(entry).toBe(entry.trim());
          expect(entry).not.toMatch(/\s{2}|\t|\n/);
          expect(entry.length).toBeGreaterThan(0);
        }
      });
    });
  }

  // A lexicon entry is a word (or fixed phrase) of its class in its language: lower-case
  // letters, digits, apostrophes, dots of abbreviations and inner hyphens only. A name, a
  // pasted sentence or stray punctuation fails here before it can reach the engine. The one
  // symbol allowed is '&', which joins the items of a name as 'and' does.
  for (const pack of LANGUAGES) {
    const lists = Object.entries(pack).filter((e): e is [string, string[]] => Array.isArray(e[1]));
    it.each(lists)(`${pack.code} %s holds words only`, (_name, list) => {
      for (const entry of list) {
        expect(entry, entry).toMatch(/^(?:&|[\p{Ll}\d'.\- ]+)$/u);
        for (const word of entry.split(' ')) {
          expect(word, entry).not.toBe('');
          expect(word.startsWith('-') || word.endsWith('-'), entry).toBe(false);
        }
      }
    });
  }

  describe('Indonesian cue verbs have the shape of Indonesian verbs', () => {
    const id = LANGUAGES.find((l) => l.code === 'id')!;
    // Verbs of saying with the subject first carry a verbal prefix (meN-, ber-); these few
    // base forms are everyday speech ("dia bilang", "X klaim bahwa", a verb only before
    // "bahwa": bareVerbs) or a report to someone ("lapor").
    const BASE_FORMS = ['bilang', 'klaim', 'lapor'];
    it.each([...id.speakerVerbs])('%s', (verb) => {
      expect(/^(?:me|ber)/.test(verb) || BASE_FORMS.includes(verb)).toBe(true);
    });
    it('every clitic cue is a verb with the clitic -nya', () => {
      for (const cue of id.cliticCues) expect(cue, cue).toMatch(/^\p{Ll}{2,}nya$/u);
    });
  });

  it('entries removed as not words of their class do not come back', () => {
    // Misspellings seen in one article ("menyakini" for "meyakini"), a verb of obeying
    // listed as a verb of saying ("menurutkan"), a firm's name ("sachs").
    const removed: Record<string, string[]> = { id: ['menyakini', 'menurutkan'], en: ['sachs'] };
    for (const pack of LANGUAGES) {
      const all = Object.values(pack)
        .filter((v): v is string[] => Array.isArray(v))
        .flat();
      for (const entry of removed[pack.code] ?? []) expect(all, entry).not.toContain(entry);
    }
  });

  it('the cue lexicons are not empty where each language needs them', () => {
    const [en, id] = ['en', 'id'].map((c) => LANGUAGES.find((l) => l.code === c)!);
    expect(en!.speakerVerbs).toContain('said');
    expect(en!.accordingTo).toContain('according to');
    expect(id!.cliticCues).toEqual(
      expect.arrayContaining([
        'ujarnya',
        'katanya',
        'menurutnya',
        'jelasnya',
        'tegasnya',
        'imbuhnya',
        'tuturnya',
      ]),
    );
    expect(id!.relays).toEqual(expect.arrayContaining(['dilansir', 'dikutip dari']));
    expect(id!.hedges).toEqual(
      expect.arrayContaining([
        'dikabarkan',
        'diduga',
        'disebut-sebut',
        'dilaporkan',
        'kabarnya',
        'konon',
      ]),
    );
  });

  it('generic state-media phrases are there in both languages', () => {
    const en = LANGUAGES.find((l) => l.code === 'en')!;
    const id = LANGUAGES.find((l) => l.code === 'id')!;
    expect(en.stateMedia).toEqual(
      expect.arrayContaining([
        'state media',
        'state-run media',
        'official news agency',
        'state news agency',
      ]),
    );
    expect(id.stateMedia).toEqual(
      expect.arrayContaining(['media pemerintah', 'kantor berita resmi', 'media resmi']),
    );
  });
});
