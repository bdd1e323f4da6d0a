/** The claim part of an attributed sentence (core/claim.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

function claimOf(text: string, lang: 'en' | 'id') {
  const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
  expect(report.claims, text).toHaveLength(1);
  return report.claims[0]!.claim;
}

describe('claim text', () => {
  it.each([
    // The verb has words after it: the claim follows it, whatever stands before the source.
    [
      'The firm declined to comment, but people familiar with the matter said the talks had stalled.',
      'en',
      'the talks had stalled',
    ],
    [
      'A senior government official said on Monday that the plan was ready.',
      'en',
      'the plan was ready',
    ],
    // A short tail that says who the source is is no claim.
    [
      'The strike was planned, two senior U.S. officials said, speaking on condition of anonymity.',
      'en',
      'The strike was planned',
    ],
    [
      'The strike was planned, said two senior U.S. officials, who spoke on condition of anonymity.',
      'en',
      'The strike was planned',
    ],
    ['The water was cut, said residents who asked not to be named.', 'en', 'The water was cut'],
    // However long the reason after the withheld name.
    [
      'The mill will close, the people said, asking not to be identified because the talks are private.',
      'en',
      'The mill will close',
    ],
    // An occasion's phrase before "that" is no part of the claim.
    [
      'The Harbour Gazette said in an editorial on Sunday that the ferry fares were too high.',
      'en',
      'the ferry fares were too high',
    ],
    [
      'The broker said in a note to clients on Friday that prices would fall.',
      'en',
      'prices would fall',
    ],
    // ... also after a time before it.
    [
      'The mayor said on Tuesday in a speech to business leaders that the port would expand.',
      'en',
      'the port would expand',
    ],
    // A "that" after a finite verb is inside the claim's clause, not after the verb's lead.
    [
      'The broker said buyers were worried that the port would close.',
      'en',
      'buyers were worried that the port would close',
    ],
    // "that" before a verb is the claim's pronoun subject, no complementizer.
    [
      'The coach said that was the worst half of the season.',
      'en',
      'that was the worst half of the season',
    ],
    ['"That would be a disaster," the mayor said.', 'en', 'That would be a disaster'],
    ['Kepala sekolah mengatakan bahwa akan ada ujian ulang.', 'id', 'akan ada ujian ulang'],
    [
      'Warga yang enggan disebutkan namanya mengatakan air sudah tiga hari mati.',
      'id',
      'air sudah tiga hari mati',
    ],
  ] as const)('%s', (text, lang, claim) => {
    expect(claimOf(text, lang)).toBe(claim);
  });
});

describe('two claims in one sentence', () => {
  const report = (text: string, lang: 'en' | 'id') =>
    analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });

  it.each([
    [
      'Some growers said the frost spared them; others said half the orchard was lost.',
      'en',
      [
        ['Some growers', 'the frost spared them'],
        ['others', 'half the orchard was lost'],
      ],
    ],
    [
      'Sebagian petani mengatakan panen aman; petani lain mengatakan separuh kebun rusak.',
      'id',
      [
        ['Sebagian petani', 'panen aman'],
        ['petani lain', 'separuh kebun rusak'],
      ],
    ],
    [
      'Tom Smith said the deal was done, while Jane Jones said talks would continue.',
      'en',
      [
        ['Tom Smith', 'the deal was done'],
        ['Jane Jones', 'talks would continue'],
      ],
    ],
    [
      'The minister claimed growth would rebound, even as the central bank estimated it would slow.',
      'en',
      [
        ['The minister', 'growth would rebound'],
        ['the central bank', 'it would slow'],
      ],
    ],
    [
      '"We are done," said Tom Smith, whereas Jane Jones said talks would continue.',
      'en',
      [
        ['Tom Smith', 'We are done'],
        ['Jane Jones', 'talks would continue'],
      ],
    ],
    [
      'Menteri Keuangan Sri Mulyani mengatakan defisit akan melebar, sementara Gubernur BI Hendra Wijaya mengatakan inflasi terkendali.',
      'id',
      [
        ['Menteri Keuangan Sri Mulyani', 'defisit akan melebar'],
        ['Gubernur BI Hendra Wijaya', 'inflasi terkendali'],
      ],
    ],
    [
      '"Kami siap," kata Budi Santoso, sedangkan Ani Wijaya mengatakan persiapan belum selesai.',
      'id',
      [
        ['Budi Santoso', 'Kami siap'],
        ['Ani Wijaya', 'persiapan belum selesai'],
      ],
    ],
    // "in what state media described as": the outlet's own characterisation is a record too.
    [
      'The army said it had retaken the pass, in what state media described as a turning point.',
      'en',
      [
        ['The army', 'it had retaken the pass'],
        ['state media', 'as a turning point'],
      ],
    ],
  ] as const)('%s', (text, lang, expected) => {
    const r = report(text, lang);
    expect(r.claims.map((c) => [c.source.text, c.claim])).toEqual(expected);
    // Both are the same sentence of the article, each with its own id.
    expect(new Set(r.claims.map((c) => c.sentence))).toEqual(new Set([text]));
    expect(new Set(r.claims.map((c) => c.id)).size).toBe(2);
    expect(r.summary.claims).toBe(2);
  });

  it.each([
    ['Officials said Tom Smith told them the deal was done.', 'en'], // nested in the first claim
    ['Tom Smith said the deal was done but added that talks would continue.', 'en'], // one speaker
    ['Menurut Sri Mulyani, defisit akan melebar sementara inflasi terkendali.', 'id'], // no second cue
  ] as const)('one claim: %s', (text, lang) => {
    expect(report(text, lang).claims).toHaveLength(1);
  });

  it("a relaying outlet in one clause is not the other clause's", () => {
    const r = report(
      'Tom Smith said the deal was done, while Jane Jones told Wirely talks would continue.',
      'en',
    );
    expect(r.claims.map((c) => c.source.via ?? null)).toEqual([null, 'Wirely']);
  });

  it('a second speaker after ", with": its participle of saying holds its own claim', () => {
    const r = report(
      'The ministry blamed the port operator for the delays, with the dockers union saying the cranes were broken.',
      'en',
    );
    expect(r.claims.map((c) => [c.source.text, c.claim])).toEqual([
      ['The ministry', 'the port operator for the delays'],
      ['the dockers union', 'the cranes were broken'],
    ]);
  });

  it('"with" and a participle of saying alone is one claim', () => {
    const r = report('Shares fell, with analysts saying demand was weak.', 'en');
    expect(r.claims).toHaveLength(1);
  });
});

describe('a speaker closing the sentence frames the claim before it', () => {
  const report = (text: string, lang: 'en' | 'id') =>
    analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });

  it.each([
    'Inspectors found no trace of the leak, the plant manager said.',
    'Inspectors found no trace of the leak, the plant manager said in a written note to staff.',
    'Inspectors found no trace of the leak, the plant manager told reporters.',
    'Inspectors found no trace of the leak, the plant manager said, adding that checks went on.',
    'Inspectors found no trace of the leak, the plant manager said on Friday during a tour.',
  ])('%s', (text) => {
    const [claim] = report(text, 'en').claims;
    expect(claim?.source.text).toBe('the plant manager');
    expect(claim?.claim).toBe('Inspectors found no trace of the leak');
  });

  it('an opener before the speaker is no claim: the words after the verb are', () => {
    const [claim] = report(
      'At the depot, Vera Lind admitted on local radio to taking the keys.',
      'en',
    ).claims;
    expect(claim?.claim).toContain('to taking the keys');
  });

  it('a clause of its own after the phrase keeps the claim after the verb', () => {
    const [claim] = report(
      'Later that week, the plant manager said in a note that checks went on.',
      'en',
    ).claims;
    expect(claim?.claim).toBe('checks went on');
  });
});

describe('a quotation is the claim unless it is a few words inside one', () => {
  it.each([
    // "that" after a word of the claim is a determiner, not the complementizer.
    [
      'The auditor said the office would file that "final review" with the board in June.',
      'en',
      'the office would file that "final review" with the board in June',
    ],
    // The whole quotation, before or after the verb: the claim.
    [
      '"We will reopen the bridge by May," the mayor said.',
      'en',
      'We will reopen the bridge by May',
    ],
    [
      'The mayor said: "We will reopen the bridge by May."',
      'en',
      'We will reopen the bridge by May.',
    ],
    [
      '"Jembatan dibuka lagi bulan Mei," kata Wali Kota Rina Hartati.',
      'id',
      'Jembatan dibuka lagi bulan Mei',
    ],
    // An occasion or a date between the verb and the quotation frames it.
    [
      'The mayor said in a statement "we will reopen the bridge".',
      'en',
      'we will reopen the bridge',
    ],
    ['The mayor said on Monday "we will reopen the bridge".', 'en', 'we will reopen the bridge'],
    // A name before the quotation's closing comma is the speaker's, not a word of the claim.
    ['"The levee will hold," de Wit said.', 'en', 'The levee will hold'],
    // Words quoted inside a sentence the reporter wrote: the sentence's side is the claim.
    [
      'The mayor said the repairs were a "necessary nuisance" for the old town.',
      'en',
      'the repairs were a "necessary nuisance" for the old town',
    ],
    ['Demand is "very strong", the trader added.', 'en', 'Demand is "very strong"'],
    [
      'Menurut Rina, warga menyebut jembatan itu "urat nadi" kampung.',
      'id',
      'warga menyebut jembatan itu "urat nadi" kampung',
    ],
  ] as const)('%s', (text, lang, claim) => {
    expect(claimOf(text, lang)).toBe(claim);
  });

  it('a quotation right after the verb stays the claim, whatever follows it', () => {
    expect(claimOf('The council said "the plan is a waste of money" and moved on.', 'en')).toBe(
      'the plan is a waste of money',
    );
  });
});

describe('what frames the words after the verb is no part of them', () => {
  it.each([
    ['The city council said on Tuesday the ferry would run again.', 'the ferry would run again'],
    ['Officials told reporters in March the ferry would run again.', 'the ferry would run again'],
    // The writer told: an audience like reporters.
    [
      'The ferry will run again next week, the skipper told me.',
      'The ferry will run again next week',
    ],
    // A person told by name, then the clause told.
    [
      'The coach told Deputy Mayor Anna Berg the team would travel on Friday.',
      'the team would travel on Friday',
    ],
    // "that" as a determiner opens no claim.
    [
      'The ferry was sold to a firm, which he says was losing money at that time.',
      'was losing money at that time',
    ],
    // A place is no date: it stays with the words.
    [
      'The skipper said in Portsmouth the ferry had been sold.',
      'in Portsmouth the ferry had been sold',
    ],
    // A relative "that" after the noun phrase the verb opens is part of the claim.
    [
      'The harbour board said the crews that walked out were back at work.',
      'the crews that walked out were back at work',
    ],
    ['The board said 40 crews that had struck were back.', '40 crews that had struck were back'],
    // A complementizer after a listener still opens the claim.
    ['The skipper told the crews that the ferry had been sold.', 'the ferry had been sold'],
  ] as const)('%s', (text, claim) => {
    expect(claimOf(text, 'en')).toBe(claim);
  });
});

describe('a speaker set inside the clause interrupts one claim', () => {
  it.each([
    [
      'The new bridge, the mayor said on Monday, will open in May.',
      'en',
      'The new bridge will open in May',
    ],
    [
      'The plan, he said, would fail without more money.',
      'en',
      'The plan would fail without more money',
    ],
    [
      'Jembatan baru itu kata Rina akan dibuka bulan Mei.',
      'id',
      'Jembatan baru itu akan dibuka bulan Mei',
    ],
    [
      'Jembatan baru itu, kata Rina, akan dibuka bulan Mei.',
      'id',
      'Jembatan baru itu akan dibuka bulan Mei',
    ],
    [
      'Para pedagang pasar menurut Rina biasanya berjualan sampai malam.',
      'id',
      'Para pedagang pasar biasanya berjualan sampai malam',
    ],
  ] as const)('%s', (text, lang, claim) => {
    expect(claimOf(text, lang)).toBe(claim);
  });

  it.each([
    // An opener is no subject: the words after the speaker are the claim.
    ['Namun, kata Rina, pasar akan dibuka bulan Mei.', 'id', 'pasar akan dibuka bulan Mei'],
    // A claim closed by its speaker, then a participle: not one clause.
    [
      'The ferry was late again this week, the skipper said, adding that the sea was rough.',
      'en',
      'The ferry was late again this week',
    ],
  ] as const)('not interrupted: %s', (text, lang, claim) => {
    expect(claimOf(text, lang)).toBe(claim);
  });
});
