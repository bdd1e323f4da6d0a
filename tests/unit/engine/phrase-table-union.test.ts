/**
 * PhraseTable.union joins tables from their indexes (the pack's table of every cue phrase is
 * built so, not by splitting all the cue phrases again): it must be the very table that
 * indexing all their phrases at once gives, every list and order included.
 */
import { describe, expect, it } from 'vitest';
import { getPack, languageCodes } from '@/core/lang';
import { CUE_FIELDS } from '@/core/lang/compile';
import { PhraseTable, type Contraction } from '@/core/lang/phrase-table';

const contraction: Contraction = {
  hosts: new Set(['it', 'that']),
  verbs: new Set(['is', 'has']),
  clitic: "'s",
};

describe('PhraseTable.union', () => {
  it('equals one table of all the phrases, in order, ties kept in table order', () => {
    const lists = [
      ['said', 'said on', 'told', 'it is said', 'it has been said'],
      ['told reporters', 'said', 'noted', 'it is thought'],
      [],
      ['noted in', 'said in a statement', 'it is', 'told'],
    ];
    const tables = lists.map((list) => new PhraseTable(list, contraction));
    const joined = new PhraseTable(lists.flat(), contraction);
    expect(PhraseTable.union(tables).save()).toEqual(joined.save());
  });

  it('is empty for no tables', () => {
    expect(PhraseTable.union([]).save()).toEqual(new PhraseTable([]).save());
  });

  for (const code of languageCodes()) {
    it(`${code}: the pack's cue words are the first words of its cue phrases`, () => {
      const pack = getPack(code);
      const firsts = new Set(CUE_FIELDS.flatMap((field) => [...pack[field].firstWords()]));
      for (const phrase of CUE_FIELDS.flatMap((field) => pack.data[field] as readonly string[]))
        expect(firsts.has(phrase.split(' ')[0] as string)).toBe(true);
      expect([...pack.cueWords]).toEqual([...firsts]);
      expect([...pack.cuePhrases.firstWords()]).toEqual([...firsts]);
    });
  }
});
