import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { accordingTo } from '@/core/rules/according-to';
import { onlyClaim, run, testRegistry } from '../helpers';

describe('according-to', () => {
  it.each([
    [
      'About 3 million people fall ill every year, according to the CDC.',
      'en',
      'according to',
      'official_body',
      'the CDC',
    ],
    [
      'It had more than 100 stores, according to Brightline Research.',
      'en',
      'according to',
      'organization',
      'Brightline Research',
    ],
    [
      'Sales topped $4 million, according to data analysis firm Numbrite.',
      'en',
      'according to',
      'organization',
      'data analysis firm Numbrite',
    ],
    [
      'The launch failed, according to state media.',
      'en',
      'according to',
      'state_media',
      'state media',
    ],
    [
      'The drones were armed, according to people familiar with the matter.',
      'en',
      'according to',
      'anonymous',
      'people familiar with the matter',
    ],
    [
      'Menurut media pemerintah, panen padi tahun ini melimpah.',
      'id',
      'Menurut',
      'state_media',
      'media pemerintah',
    ],
    [
      'Kapal itu, yang menurut kementerian kelautan Vietnam baru saja diperbaiki, berlayar.',
      'id',
      'menurut',
      'official_body',
      'kementerian kelautan Vietnam',
    ],
    ['Menurut Wirawan, panen akan kembali normal.', 'id', 'Menurut', 'named_person', 'Wirawan'],
    [
      'Angka itu didapat berdasarkan laporan berkala asosiasi.',
      'id',
      'berdasarkan',
      'document',
      'laporan',
    ],
    ['Menurut Statenews, peluncuran berhasil.', 'id', 'Menurut', 'state_media', 'Statenews'],
    ['Menurut Wirely, peluncuran berhasil.', 'id', 'Menurut', 'media', 'Wirely'],
    // A noun of saying, then who said it: the speaker is the source, not a document.
    [
      'Menurut penuturan nelayan, ombak setinggi tiga meter datang tiba-tiba.',
      'id',
      'Menurut',
      'anonymous',
      'nelayan',
    ],
    [
      'Jembatan itu sudah retak sejak Maret, menurut kesaksian warga.',
      'id',
      'menurut',
      'anonymous',
      'warga',
    ],
    [
      'Menurut pernyataan Kementerian Kesehatan, stok vaksin cukup.',
      'id',
      'Menurut',
      'official_body',
      'Kementerian Kesehatan',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(accordingTo, text, lang)[0]).toEqual([cue, kind, source]);
  });

  it.each([
    ['Berdasarkan Undang-Undang Cipta Kerja, pesangon dihitung ulang.', 'id'], // a legal basis, not a source
    ['According to plan, the ship left at noon.', 'en'],
    ['"Menurut saya ini keliru," kata Budi.', 'id'], // inside a quotation
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(accordingTo, text, lang)).toEqual([]);
  });
});

describe('according-to: the source stops at the outlet', () => {
  it.each([
    [
      'Menurut Statenews Kim Jong Un mengunjungi pabrik itu.',
      'id',
      'state_media',
      'Statenews',
      'Kim Jong Un mengunjungi pabrik itu',
    ],
    [
      'menurut Statenews Pyongyang akan membalas.',
      'id',
      'state_media',
      'Statenews',
      'Pyongyang akan membalas',
    ],
    [
      'Menurut laporan Statenews Kim Jong Un hadir.',
      'id',
      'state_media',
      'laporan Statenews',
      'Kim Jong Un hadir',
    ],
    [
      'Menurut Statenews, Kim mengunjungi pabrik itu.',
      'id',
      'state_media',
      'Statenews',
      'Kim mengunjungi pabrik itu',
    ],
    [
      'According to Statenews Kim attended the launch.',
      'en',
      'state_media',
      'Statenews',
      'Kim attended the launch',
    ],
    // A possessive or a word describing the outlet keeps the phrase going.
    [
      "According to the Daily Planet's Jane Smith the vote was delayed.",
      'en',
      'named_person',
      "the Daily Planet's Jane Smith",
      'the vote was delayed',
    ],
    [
      'According to Wirely correspondent John Smith the vote was delayed.',
      'en',
      'named_person',
      'Wirely correspondent John Smith',
      'the vote was delayed',
    ],
    // An outlet's own report is the outlet speaking; someone else's study stays a document.
    [
      'According to a report by the Daily Planet, the bridge will close in May.',
      'en',
      'media',
      'a report by the Daily Planet',
      'the bridge will close in May',
    ],
    [
      'The bridge will close in May, according to a report by Statenews.',
      'en',
      'state_media',
      'a report by Statenews',
      'The bridge will close in May',
    ],
    [
      'Berdasarkan laporan Daily Planet, jembatan itu akan ditutup pada Mei.',
      'id',
      'media',
      'laporan Daily Planet',
      'jembatan itu akan ditutup pada Mei',
    ],
    [
      'According to a study by the Lakeside Institute, the bridge is unsafe.',
      'en',
      'document',
      'a study by the Lakeside Institute',
      'the bridge is unsafe',
    ],
  ] as const)('%s', (text, lang, kind, source, claim) => {
    const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
    expect(report.claims).toHaveLength(1);
    expect(report.claims[0]).toMatchObject({ source: { kind, text: source }, claim });
  });
});

describe('according-to: a held view opening the sentence', () => {
  it.each([
    ["In the port director's view, the channel is safe again.", 'the port director'],
    ["In Vera Lind's words, the vote was fair.", 'Vera Lind'],
    ['In the view of the port authority, the channel is safe again.', 'the port authority'],
    ['In the opinion of one pilot, the channel is safe again.', 'one pilot'],
  ])('%s', (text, source) => {
    expect(run(accordingTo, text, 'en')[0]?.[2]).toBe(source);
  });

  it.each([
    "In the city's view of the harbour, boats are everywhere.", // no comma right after the view
    "In Oslo, the mayor's view was clear.", // the possessor is no part of the opening phrase
  ])('none: %s', (text) => {
    expect(run(accordingTo, text, 'en')).toEqual([]);
  });

  it.each([
    ['Nadia Ferro runs the clinic. In her view, the ward is too small.', 'Nadia Ferro'],
    ['Tomas Reyes runs the clinic. In his opinion, the ward is too small.', 'Tomas Reyes'],
    // A surname's possessive after the full name, introduced with no cue.
    ["Nadia Ferro runs the clinic. In Ferro's view, the ward is too small.", 'Nadia Ferro'],
    // The possessive's sex picks the person.
    ['Nadia Ferro met Tomas Reyes. In his view, the ward is too small.', 'Tomas Reyes'],
  ])("a person's possessive: %s", (text, name) => {
    const claims = analyze(
      { blocks: [{ type: 'p', text }] },
      { lang: 'en', registry: testRegistry },
    ).claims;
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'named_person', resolvesTo: name });
    expect(claims.at(-1)?.claim).toBe('the ward is too small');
  });
});

describe('according-to: a participle phrase describing the document', () => {
  const only = (text: string) =>
    analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: testRegistry }).claims;

  it.each([
    [
      'Rents rose by a third, according to a report published on Monday by the harbour board.',
      'a report published on Monday by the harbour board',
    ],
    ['Rents rose by a third, according to the ledger filed in March.', 'the ledger filed in March'],
  ])('%s', (text, source) => {
    const [claim] = only(text);
    expect([claim?.source.kind, claim?.source.text, claim?.claim]).toEqual([
      'document',
      source,
      'Rents rose by a third',
    ]);
  });

  it('a phrase that goes on into a claim of its own is not the document', () => {
    const [claim] = only('According to a report published on Monday rents rose by a third.');
    expect(claim?.source.text).not.toContain('rents');
  });
});

describe('according-to: unnamed people linked to what they know', () => {
  it.each([
    [
      'According to a person close to the harbour board, the ferry will be sold.',
      'a person close to the harbour board',
      'the ferry will be sold',
    ],
    [
      'According to someone familiar with the bids, the ferry will be sold.',
      'someone familiar with the bids',
      'the ferry will be sold',
    ],
    [
      'The ferry will be sold, according to two sources close to the mayor.',
      'two sources close to the mayor',
      'The ferry will be sold',
    ],
  ])('%s', (text, source, claim) => {
    const c = onlyClaim(text, 'en');
    expect([c?.source.kind, c?.source.text, c?.claim]).toEqual(['anonymous', source, claim]);
  });

  it('the words linked stop at the clause: the claim after them stays whole', () => {
    const c = onlyClaim('According to people familiar with it the ferry will be sold.', 'en');
    expect(c?.claim).toContain('ferry will be sold');
  });
});

describe('according-to: a pronoun alone as the source', () => {
  const claims = (text: string, lang: 'en' | 'id') =>
    analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry }).claims;

  it('points back to the last speaker, as "she said" would', () => {
    const [, c] = claims(
      'Ada Pell, the harbour master, said the pier was shut. According to her, the ferry will be sold.',
      'en',
    );
    expect(c).toMatchObject({
      cue: 'According to',
      claim: 'the ferry will be sold',
      source: { text: 'her', kind: 'named_person', name: 'Ada Pell' },
    });
  });

  it('keeps an unnamed speaker unnamed', () => {
    const [, c] = claims(
      'A port official said the pier was shut. According to him, the ferry will be sold.',
      'en',
    );
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('"Menurut dia" in Indonesian', () => {
    const [, c] = claims(
      'Rudi Hartono, kepala pelabuhan, mengatakan dermaga ditutup. Menurut dia, kapal itu akan dijual.',
      'id',
    );
    expect(c?.source).toMatchObject({ text: 'dia', kind: 'named_person', name: 'Rudi Hartono' });
  });
});

describe('according-to: a piece from an outlet the state runs', () => {
  it.each([
    'The dam will open in May, according to a dispatch from the official Statenews news agency.',
    'The dam will open in May, according to a report from the state-run Statenews agency.',
  ])('the article and the state words stay with the outlet: %s', (text) => {
    const claim = onlyClaim(text, 'en');
    expect([claim?.source.kind, claim?.claim, claim?.flags]).toEqual([
      'state_media',
      'The dam will open in May',
      ['state_media'],
    ]);
    expect(claim?.source.text).toMatch(/^a (dispatch|report) from the /);
  });

  it('a plain author keeps its article as before', () => {
    const claim = onlyClaim(
      'The dam leaked, according to a study by the Lakeside Institute.',
      'en',
    );
    expect(claim?.source.text).toBe('a study by the Lakeside Institute');
  });
});
