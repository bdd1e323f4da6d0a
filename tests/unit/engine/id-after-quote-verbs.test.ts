/**
 * '"...," tuding Darmin', '"...," tampiknya', '"...," nilai Darmin': bare verbs of accusing,
 * denying, judging and grumbling after a quote, and their clitic forms. Those that are
 * also nouns ("nilai" = value, "kritik" = a critique, "janji" = a promise) count only right
 * after the closing quotation mark. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const FIRST = 'Pedagang bernama Wiryo Sudarsono kehilangan kiosnya dalam kebakaran itu.';
const last = (text: string) => storyClaims(`${FIRST} || ${text}`, 'id').at(-1);
const QUOTE = '"Petugas pemadam datang sangat terlambat ke pasar,"';

describe('bare verbs after a quote', () => {
  for (const verb of [
    'tuding',
    'tampik',
    'tepis',
    'sanggah',
    'sindir',
    'duga',
    'gerutu',
    'bisik',
  ]) {
    it(`"${verb} Wiryo" names the speaker`, () => {
      const c = last(`${QUOTE} ${verb} Wiryo.`);
      expect(c?.source.kind).toBe('named_person');
      expect(c?.source.text).toBe('Wiryo');
    });
  }

  for (const verb of ['nilai', 'kritik', 'janji', 'protes', 'harap', 'ingat']) {
    it(`"${verb}" right after the quotation mark`, () => {
      const c = last(`${QUOTE} ${verb} Wiryo.`);
      expect(c?.source.text).toBe('Wiryo');
    });
  }

  it('"nilai" as a noun in the sentence is no cue', () => {
    expect(last('Nilai kerugian Wiryo mencapai Rp 50 juta.')).toBeUndefined();
  });
});

describe('their clitic forms', () => {
  for (const clitic of ['tudingnya', 'tampiknya', 'sanggahnya', 'nilainya', 'kritiknya']) {
    it(`"${clitic}" points back to the speaker`, () => {
      const c = last(`${QUOTE} ${clitic}.`);
      expect(c?.source.kind).toBe('named_person');
      expect(c?.source.resolvesTo).toBe('Wiryo Sudarsono');
    });
  }

  it('"nilainya" as a noun in the sentence is no cue', () => {
    expect(last('Kios itu terbakar habis, nilainya mencapai Rp 50 juta.')).toBeUndefined();
  });
});
