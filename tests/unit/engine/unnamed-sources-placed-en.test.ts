/**
 * English wire classes of session 10 (second round) on unnamed and anonymous speakers and
 * the people described without their name. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim, paragraphClaims, storyClaims } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');
const claims = (text: string): Claim[] => storyClaims(text, 'en');

describe('a person placed by a locative, then a relative clause', () => {
  it.each([
    'A spokeswoman for the port, who declined to be identified, said the ships were safe.',
    'The spokesman for the harbour board, who asked not to be named, said the ships were safe.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('unnamed_official');
    expect(c?.source.text).toMatch(/^(A|The) spokes/);
  });

  it('a plain place with a relative clause stays no speaker', () => {
    expect(last('Near the old port, which closed in May, the ships were safe.')).toBeUndefined();
  });
});

describe('a name with its home town, then a relative clause', () => {
  it('"Kim Roe, of Avon, who ..., said" is Kim Roe', () => {
    const c = last(
      'Tilda Marsh, of Brackwell, who was sheltering in a school, said the water rose.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tilda Marsh' });
  });

  it('the age still works', () => {
    const c = last('Tilda Marsh, 54, who was sheltering in a school, said the water rose.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tilda Marsh' });
  });
});

describe('a verb of raising the voice after a quote', () => {
  it.each([
    ['"We will not leave," shouted one man, as the crowd cheered.', 'one man'],
    ['"Go home," yelled a woman at the back.', 'a woman'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'anonymous' });
    expect(c?.flags).toContain('unnamed_source');
  });

  it('shouting slogans reports nothing', () => {
    expect(last('Protesters shouted slogans outside the town hall.')).toBeUndefined();
  });
});

describe('one person of a kind that holds no office is an anonymous source', () => {
  // "user" is left out: a company is "the largest industrial user in the area" too.
  it.each([
    ['A reporter told the mayor she seemed unprepared for the flood.', 'A reporter'],
    ['A doctor at the clinic said three people were hurt.', 'A doctor at the clinic'],
    ['A nurse said the ward was full.', 'A nurse'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source).toMatchObject({ text: source, kind: 'anonymous' });
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    'The user guide says the alarm sounds twice.',
    'A witness statement says the alarm sounded twice.',
  ])('a people word before a document word: %s', (text) => {
    expect(last(text)?.source.kind).toBe('document');
  });

  it('the doctor named before is still that person', () => {
    const c = claims(
      'Dr. Anneli Rusk, a doctor at the Pellwick clinic, said three people were hurt. || The doctor said none was in danger.',
    ).at(-1);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toContain('Anneli Rusk');
  });
});

describe('a body placed in a town described by its people', () => {
  it.each([
    'Law enforcement in Pellwick, a town of about 3,800 people, has said the fire was no attack.',
    'Police in Pellwick, a town of farmers, said the fire was no attack.',
    'Police in Pellwick, a city of 2 million people, said the fire was no attack.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });

  it('a count with a grouping comma does not end the appositive', () => {
    const c = last('About 2,500 troops are taking part, said the Marovian defence council.');
    expect(c?.source).toMatchObject({
      text: 'the Marovian defence council',
      kind: 'official_body',
    });
  });

  it('people of a town who speak for themselves stay anonymous', () => {
    expect(last('Residents of the town said the fire started at night.')?.source.kind).toBe(
      'anonymous',
    );
  });
});

describe('a verb of saying in the perfect progressive', () => {
  it.each([
    ['Weather experts have been warning that the storms are getting stronger.', 'anonymous'],
    ['The ministry has been saying for months that the dam is safe.', 'official_body'],
  ])('%s', (text, kind) => {
    expect(last(text)?.source.kind).toBe(kind);
  });
});

describe('some in a community', () => {
  it.each([
    'Some in the fishing community said the harbour wall was too low.',
    'Meanwhile, some in the collecting community are arguing that the auction was rigged.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('anonymous');
    expect(c?.source.text).toMatch(/^[Ss]ome in the \w+ community$/u);
  });
});

describe('"the source" points back to the source named by that word', () => {
  it('an official source stays an unnamed official', () => {
    const c = claims(
      'A Marovian army source said the attack had failed. || "They will try again," the source said.',
    ).at(-1);
    expect(c?.source).toMatchObject({
      kind: 'unnamed_official',
      resolvesTo: 'A Marovian army source',
    });
  });

  it('a source close to the family stays anonymous', () => {
    const c = claims(
      'A source close to the family said the singer was resting. || The source added that the tour would go on.',
    ).at(-1);
    expect(c?.source.kind).toBe('anonymous');
  });

  it('"the person" still points back to the person familiar with the matter', () => {
    const c = claims(
      'One person familiar with the matter said the deal was close. || The person said it could be signed on Friday.',
    ).at(-1);
    expect(c?.source).toMatchObject({
      kind: 'anonymous',
      resolvesTo: 'One person familiar with the matter',
    });
  });
});

describe('"official" before a document word says whose document it is', () => {
  it.each([
    'An official statement said the cases rose.',
    "Varga's official biography says she worked in Avon.",
    'The official report said the cases rose.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('document');
    expect(c?.flags).not.toContain('unnamed_source');
  });

  it('an official alone still speaks', () => {
    expect(last('An official said the cases rose.')?.source.kind).toBe('unnamed_official');
  });
});

describe('a name, a qualified role, then a description of the employer', () => {
  it('"Tilda Orr, legal adviser at X, a charity of lawyers, said" is Tilda Orr', () => {
    const c = last(
      'Tilda Orr, legal adviser at the Pellwick Trust, a charity of lawyers, said the cases rose.',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Tilda Orr' });
    expect(c?.flags).not.toContain('unnamed_source');
  });
});

describe('a second speaker after "after"', () => {
  it('"X announced ..., a day after Y Corp said ..." is two claims', () => {
    const cs = claims(
      'Harbor Inc announced on Thursday that the founder was retiring, a day after Pellwick Corp (PWK.N) said the founder was stepping down as chairman.',
    );
    expect(cs.map((c) => [c.source.text, c.source.kind])).toEqual([
      ['Harbor Inc', 'organization'],
      ['Pellwick Corp (PWK.N)', 'organization'],
    ]);
    expect(cs[0]?.claim).toMatch(/^the founder was retiring/u);
  });

  it('a relay is no longer read into the first claim', () => {
    const cs = claims(
      'In 2010 the firm said it would change its rules after Statenews said it had misled buyers.',
    );
    expect(cs[0]?.source.via ?? null).toBeNull();
    expect(cs.at(-1)?.source.kind).toBe('state_media');
  });
});

describe("an outlet's name with a company's legal form is the company", () => {
  it('"Wirely Corp said" is an organization', () => {
    const c = last('Wirely Corp said its profit rose.');
    expect(c?.source.kind).toBe('organization');
  });

  it('"Wirely said" is still the outlet', () => {
    expect(last('Wirely said the talks had failed.')?.source.kind).toBe('media');
  });
});

describe('a qualified unnamed head placed by a participle', () => {
  it('keeps its determiner and qualifier, so a later "he" is that person', () => {
    const cs = paragraphClaims(
      'en',
      'Troops clashed with rebels near the border on Sunday.',
      '"The patrol held the line," a Defence spokesman based in Harlow said.',
      'He said the search was still under way.',
    );
    expect(cs[0]?.source).toMatchObject({
      kind: 'unnamed_official',
      text: 'a Defence spokesman based in Harlow',
    });
    expect(cs[1]?.source.kind).toBe('unnamed_official');
  });

  it('"some conservative senators from the north" keeps its quantifier', () => {
    const c = last('Some conservative senators from the north said the bill went too far.');
    expect(c?.source.text).toBe('Some conservative senators from the north');
  });
});
