import { describe, expect, it } from 'vitest';
import { claimNoun } from '@/core/rules/claim-noun';
import { ctx, run, storyClaims } from '../helpers';

describe('claim-noun', () => {
  it.each([
    [
      'Hal itu muncul di tengah kekhawatiran para pejabat Jepang bahwa latihan itu akan memanaskan kawasan.',
      'id',
      'kekhawatiran',
      'unnamed_official',
      'para pejabat Jepang',
    ],
    [
      'The visit comes amid fears among officials that a deal is near.',
      'en',
      'fears',
      'unnamed_official',
      'officials',
    ],
    [
      'The surprise was an allegation from his former partner, Rina Lee, that he forged the deed.',
      'en',
      'allegation',
      'named_person',
      'his former partner, Rina Lee',
    ],
    [
      'Kejutannya adalah tuduhan mantan rekannya, Rina Lestari, bahwa ia memalsukan akta itu.',
      'id',
      'tuduhan',
      'named_person',
      'mantan rekannya, Rina Lestari',
    ],
    [
      "The ferry line will face Mayor Ana Ruiz's repeated allegations that its boats are unsafe.",
      'en',
      'allegations',
      'named_person',
      'Mayor Ana Ruiz',
    ],
    [
      "The surprise was the governor's claim that the pier had been sold.",
      'en',
      'claim',
      'unnamed_official',
      'the governor',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(claimNoun, text, lang)).toEqual([[cue, kind, source]]);
  });

  it.each([
    ['Vietnam telah membantah klaim bahwa mereka membeli kapal selam.', 'id'], // no source between noun and "bahwa"
    ['There are fears that prices will rise.', 'en'],
    // a relative clause after the possessor's noun, and no one in particular
    ["The ferry line's claims that were filed late were dismissed.", 'en'],
    ["Passengers' fears that fares will rise have grown.", 'en'],
    // two clauses, not an appositive: the comma is no part of a source
    [
      'The raid raised fears of reprisals, and police are checking claims that it was planned.',
      'en',
    ],
    ['Kekhawatiran harga naik bahwa itu terjadi lagi.', 'id'],
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(claimNoun, text, lang)).toEqual([]);
  });
});

describe('claim-noun: the claim', () => {
  it('is what "bahwa" introduces', () => {
    const [c] = claimNoun.find(
      ctx(
        'Hal itu muncul di tengah kekhawatiran para pejabat Jepang bahwa latihan itu bagian dari persiapan.',
        'id',
      ),
    );
    expect(c?.claim).toBe('latihan itu bagian dari persiapan');
  });
});

describe('claim-noun: who gave out the words after a relative clause', () => {
  it.each([
    [
      'Adik pemimpin itu mengatakan dalam pernyataan yang dirilis media pemerintah bahwa latihan itu provokasi.',
      'state_media',
      'media pemerintah',
    ],
    [
      'Menteri itu menyampaikan klaim yang disampaikan oleh Statenews bahwa panen gagal.',
      'state_media',
      'Statenews',
    ],
    [
      'Ada kekhawatiran yang dirasakan para pejabat bahwa panen akan gagal.',
      'unnamed_official',
      'para pejabat',
    ],
  ] as const)('%s', (text, kind, source) => {
    const found = run(claimNoun, text, 'id');
    expect(found.map(([, k, s]) => [k, s])).toContainEqual([kind, source]);
  });

  it('a relay through such a statement names only the outlet', () => {
    const claims = storyClaims(
      'Nara Velis mengatakan dalam pernyataan yang dirilis media pemerintah bahwa latihan itu provokasi.',
      'id',
    );
    expect(claims[0]?.source.via).toBe('media pemerintah');
    expect(claims[0]?.flags).toContain('state_media');
  });
});
