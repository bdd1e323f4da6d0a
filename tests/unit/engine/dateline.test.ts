/** The story's dateline is no part of its first sentence's source or claim (core/dateline.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { datelineLength } from '@/core/dateline';
import { createRegistry } from '@/core/outlets';
import { testRegistry } from './helpers';

const bodies = new Set(['nato', 'unicef']);
const cut = (text: string) =>
  text.slice(
    0,
    datelineLength(text, (w) => bodies.has(w)),
  );

describe('datelineLength', () => {
  it.each([
    ['OSLO Harbour pilots said the channel was closed.', 'OSLO '],
    ['SANTA CRUZ A senior official said the dam held.', 'SANTA CRUZ '],
    ['RIGA/VILNIUS The two ministers met.', 'RIGA/VILNIUS '],
    ['MILLBROOK, Ont. A school bus slid off the road.', 'MILLBROOK, Ont. '],
    ['PERTH, Western Australia Fire crews said the blaze spread.', 'PERTH, Western Australia '],
    ['LYON (Wirely) - Police said two men fled.', 'LYON (Wirely) - '],
    ['MEDAN, WARTAKITA.com - Wali kota mengatakan jalan ditutup.', 'MEDAN, WARTAKITA.com - '],
    ['Medan, Wartakita.com - Wali kota mengatakan jalan ditutup.', 'Medan, Wartakita.com - '],
    ['KUPANG "We stay," the fishermen said.', 'KUPANG '],
    // The agencies' form: a date, a capitalised month and a day, before the outlet.
    ['OSLO, June 29 (Wirely) -- Nordic officials met.', 'OSLO, June 29 (Wirely) -- '],
    ['OSLO, Sept. 3 (Wirely) -- Nordic officials met.', 'OSLO, Sept. 3 (Wirely) -- '],
    ['Bergen, Aug. 16 (Wirely)--The cabinet met.', 'Bergen, Aug. 16 (Wirely)--'],
    ['Bergen, Jan 23, WIRELY -- The minister said.', 'Bergen, Jan 23, WIRELY -- '],
    // A date and the outlet in brackets close it with no dash.
    ['New Bergen, June 3 (Wirely) Union Minister Ivo Kant said.', 'New Bergen, June 3 (Wirely) '],
    // Capitals outside ASCII, an apostrophe after the first capital, a place in lower case
    // before its outlet: openings the quick checks before the patterns must let through.
    ['ÖSTERSUND Rescuers said the lake had frozen.', 'ÖSTERSUND '],
    ["N'DJAMENA Officials said the border had reopened.", "N'DJAMENA "],
    ['Ende, Florespos.id \u2013 Warga mengatakan jembatan putus.', 'Ende, Florespos.id \u2013 '],
    // The outlet alone in brackets, with no place; it may run into the first word.
    ['(Wirely) -- Harbour pilots said the channel was closed.', '(Wirely) -- '],
    ['(Wirely)Harbour pilots said the channel was closed.', '(Wirely)'],
  ])('%s', (text, dateline) => {
    expect(cut(text)).toBe(dateline);
  });

  it.each([
    'U.S. President Anna Berg said the talks would go on.', // two letters, dotted: no place
    'UN observers said the vote was fair.',
    'NATO Secretary General Jon Dahl said the drill went well.', // a body of the language
    'OPEC said output would rise.', // the next word is no sentence start
    'Menurut Budi, Harga - Naik lagi.', // a place in lower case needs an outlet
    'Police in Oslo said the road was closed.',
    'PMK 8 Tahun 2019 menyatakan bahwa tarif naik.', // capitals before a number: a name
    'Bergen, June 5 - Police said the road was shut.', // a place in lower case needs an outlet
    'Bergen, June 5 Police said the road was shut.', // or a date and an outlet in brackets
    'Kim, Lee and Park (all in their 20s) said the plan failed.',
    '(Reporting by Ana Berg; Editing by Jon Dahl)',
    '(Wirely) said the channel was closed.', // no sentence start after the brackets
  ])('none: %s', (text) => {
    expect(cut(text)).toBe('');
  });
});

describe('the engine leaves the dateline out', () => {
  const claims = (...paragraphs: string[]) =>
    analyze(
      { blocks: paragraphs.map((text) => ({ type: 'p' as const, text })) },
      { lang: 'en', registry: testRegistry },
    ).claims;

  it("of the first paragraph's source and claim; the sentence stays the page's", () => {
    const [claim] = claims('OSLO The channel was closed after the storm, harbour pilots said.');
    expect(claim?.source.text).toBe('harbour pilots');
    expect(claim?.source.kind).toBe('anonymous');
    expect(claim?.claim).toBe('The channel was closed after the storm');
    expect(claim?.sentence).toBe(
      'OSLO The channel was closed after the storm, harbour pilots said.',
    );
    expect(claim?.offset).toBe(0);
    const [first] = claims('OSLO Harbour pilots said the channel was closed.');
    expect(first?.source.text).toBe('Harbour pilots');
  });

  it("only in the story's first paragraph", () => {
    const [, second] = claims(
      'The channel was closed, the mayor said.',
      'OSLO Harbour pilots said the storm had passed.',
    );
    expect(second?.source.text).toContain('OSLO');
  });

  it('in a later paragraph too when an outlet in brackets or a dash marks it (a page of stories)', () => {
    const [, second, third] = claims(
      'The channel was closed, the mayor said.',
      'OSLO (Wirely) — Harbour pilots said the storm had passed.',
      'BERGEN — Local fishermen sued the port on Monday, saying the quay was unsafe.',
    );
    expect(second?.source.text).toBe('Harbour pilots');
    expect(third?.source.text).toBe('Local fishermen');
  });
});

describe("an outlet's name in capitals opening the story", () => {
  const registry = createRegistry(
    [
      {
        id: 'zeta-novo',
        name: 'ZETA Novo',
        aliases: [],
        domains: ['zetanovo.example'],
        country: 'ZZ',
        category: 'state_controlled',
        citation: { title: 'Test fixture', url: 'https://example.org/fixture' },
        reviewed: '2026-01-01',
      },
    ],
    { base: [] },
  );
  const first = (text: string, lang: 'en' | 'id') =>
    analyze({ blocks: [{ type: 'p' as const, text }] }, { lang, registry }).claims[0];

  it.each([
    ['ZETA Novo melaporkan pasukan mundur dari perbatasan.', 'id'],
    ['ZETA Novo reported that troops withdrew from the border.', 'en'],
  ] as const)('is the source, no dateline: %s', (text, lang) => {
    const c = first(text, lang);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.text).toBe('ZETA Novo');
  });

  it('a place before it is still a dateline', () => {
    expect(first('OSLO ZETA Novo reported that troops withdrew.', 'en')?.source.text).toBe(
      'ZETA Novo',
    );
  });
});

describe('a dated dateline is no part of the first source', () => {
  it('the officials after it speak, not the place', () => {
    const { claims } = analyze(
      {
        blocks: [
          {
            type: 'p',
            text: 'OSLO, June 3 (Wirely) -- Nordic officials on Monday called on the bank to cut rates, warning that growth would stall.',
          },
        ],
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(claims[0]?.source).toMatchObject({ text: 'Nordic officials', kind: 'unnamed_official' });
  });
});

describe("a body's name of several words opening the story", () => {
  it('"PDI Perjuangan menyatakan": the first word in capitals is no place', () => {
    const { claims } = analyze(
      {
        blocks: [{ type: 'p', text: 'PDI Perjuangan menyatakan menolak usulan penundaan pemilu.' }],
      },
      { lang: 'id', registry: testRegistry },
    );
    expect(claims[0]?.source).toMatchObject({ text: 'PDI Perjuangan', kind: 'official_body' });
  });
});
