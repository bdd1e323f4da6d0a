/** Feature copy: a person's version told as "In X's telling, ...", a view after "For X," set
 * by a noun of judging, a written record's "records that", and a second relative clause
 * joined by "and" inside a speaker's appositive. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The water board met on Monday to discuss the reservoir.';

function claimsOf(lang: 'en' | 'id', text: string) {
  return paragraphClaims(lang, LEAD, text).map((c) => [c.cue, c.source.text, c.source.kind]);
}

describe('a possessor telling a version', () => {
  it.each([
    ["In Hana Oduya's telling, the board ignored the engineers for a decade.", 'Hana Oduya'],
    ["In the mayor's recollection, the pumps failed twice that winter.", 'the mayor'],
    ["By Hana Oduya's account, nothing was fixed.", null],
  ])('%s', (text, source) => {
    const found = claimsOf('en', text);
    if (source === null) expect(found).toEqual([]);
    else expect(found[0]?.[1]).toBe(source);
  });

  it("a place in an account is no one's version", () => {
    expect(claimsOf('en', 'In her bank account, investigators found $2 million.')).toEqual([]);
  });
});

describe('"For X," before a noun of judging', () => {
  it.each([
    [
      'en',
      'For',
      'For Aisha Bello, the answer is simple: the city stopped maintaining the pipes.',
      'Aisha Bello',
    ],
    ['en', 'For', 'For Joel Marsh, the real problem was the pumps.', 'Joel Marsh'],
    [
      'id',
      'Bagi',
      'Bagi Ahmad Fauzi, persoalan utama bukan harga tiket, melainkan jadwal kereta.',
      'Ahmad Fauzi',
    ],
    [
      'id',
      'Bagi',
      'Bagi Rina Ade, jawabannya sederhana: pemerintah harus membangun waduk baru.',
      'Rina Ade',
    ],
  ] as const)('%s: %s %s', (lang, cue, text, source) => {
    expect(claimsOf(lang, text)).toEqual([[cue, source, 'named_person']]);
  });

  it.each([
    ['en', 'For Joel Marsh, the day started at five with a call from the plant.'],
    ['en', 'For Joel Marsh, the answer came in a letter from the board.'],
    ['id', 'Bagi Rina Ade, persoalan sampah sudah lama menjadi pekerjaan sehari-hari.'],
  ] as const)('no view: %s', (lang, text) => {
    expect(claimsOf(lang, text)).toEqual([]);
  });
});

describe('a written record "records that"', () => {
  it('the minutes are the source', () => {
    expect(
      claimsOf(
        'en',
        'The minutes of the board meeting record that two directors objected to the loan.',
      ),
    ).toEqual([['record that', 'The minutes of the board meeting', 'document']]);
  });

  it('recording a thing says nothing', () => {
    expect(claimsOf('en', 'The gauge records the level of the reservoir every hour.')).toEqual([]);
  });
});

describe('", and who ..." in a speaker\'s appositive', () => {
  it.each([
    'Mark Delaney, 58, a retired welder who now drives a bus in Gary, Indiana, and who voted twice for the mayor, said he would stay home.',
    'Mark Delaney, 58, a retired welder who drives a bus in Gary, and who voted twice for the mayor, said he would stay home.',
  ])('%s', (text) => {
    const found = paragraphClaims('en', LEAD, text);
    expect(found[0]?.source.name).toBe('Mark Delaney');
  });
});

describe('court papers and books between the verb and its "that"', () => {
  it.each([
    [
      'Prosecutors allege in the indictment that Varga used the charity to pay for a wedding.',
      'Prosecutors',
    ],
    ['The author argues in her book that the war was avoidable.', 'The author'],
    ['The tenants claim in the lawsuit that the landlord cut off the heat.', 'The tenants'],
  ])('%s', (text, source) => {
    expect(claimsOf('en', text)[0]?.[1]).toBe(source);
  });
});

describe('"As X likes to say, ..."', () => {
  it('a saying the speaker repeats', () => {
    expect(
      claimsOf(
        'en',
        'As Sister Mary Agnes, who has run the kitchen for thirty years, likes to say, nobody here is a statistic.',
      ),
    ).toEqual([
      [
        'likes to say',
        'Sister Mary Agnes, who has run the kitchen for thirty years',
        'named_person',
      ],
    ]);
  });
});

describe('"put it" with a longer manner before its colon', () => {
  it('the words after the colon are the claim', () => {
    const [claim] = paragraphClaims(
      'en',
      LEAD,
      'Brenda Castillo, the union\'s president, put it more bluntly in a speech last week: "They are stealing our pensions."',
    );
    expect([claim?.cue, claim?.source.name, claim?.claim]).toEqual([
      'put it',
      'Brenda Castillo',
      'They are stealing our pensions.',
    ]);
  });

  it('no colon, no framing', () => {
    expect(claimsOf('en', 'The union put it to a vote in a meeting last week and lost.')).toEqual(
      [],
    );
  });
});
