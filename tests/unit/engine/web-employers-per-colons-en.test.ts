/**
 * English web-page classes of session 10: who a role works for is no name of the speaker.
 * Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import type { Claim } from '@/core/report';
import { lastClaim } from './helpers';

const last = (text: string): Claim | undefined => lastClaim(text, 'en');

describe('capitals after an indefinite role and "for" are its employer, not a name', () => {
  it.each([
    'A spokesperson for Dunmore Water said the pipes were old.',
    'A lawyer for Tansy Benn said the singer had recovered.',
    'A spokeswoman for Pellow Freight said the trucks were late.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).not.toBe('named_person');
    expect(c?.source.name ?? null).toBeNull();
  });

  it('a name after the role and its employer is still the person', () => {
    const c = last('A spokeswoman for Pellow Freight, Dana Kort, said the trucks were late.');
    expect(c?.source.kind).toBe('named_person');
  });

  it('a definite role before a name stays named', () => {
    const c = last('Lawyer for the family Tom Hale said the case would go on.');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a stop typed right before an opening quote ends the sentence', () => {
  it('the quote and its cue are a sentence of their own', () => {
    const text =
      'Mara Quent has tested river water for ten years. || ' +
      'The level rose by two metres in a week.“We have never seen this,” she says.';
    const c = last(text);
    expect(c?.sentence).toBe('“We have never seen this,” she says.');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('"per" after a comma or opening the sentence is "according to"', () => {
  it.each([
    ['Rents in Harlow rose 12 percent last year, per the Tamsin Institute.', 'organization'],
    ['Rents in Harlow rose 12 percent last year, per a filing with regulators.', 'document'],
    ['Per the Daily Courier, rents in Harlow rose 12 percent last year.', 'media'],
    // A word or two may describe the source before its noun.
    ['Per a police report, the driver fled the scene in Harlow.', 'document'],
    ['Per team spokesman Rick Alvane, the striker will miss four weeks.', 'named_person'],
  ])('%s', (text, kind) => {
    const c = last(text);
    expect(c?.cue).toMatch(/^per$/i);
    expect(c?.source.kind).toBe(kind);
  });

  it.each([
    'Rents in Harlow rose 12 per cent last year.',
    'Tickets cost $5 per person, organizers hope.',
    'Per capita income in Harlow rose last year.',
    'Per the agreement, rents in Harlow were frozen.',
    'The fee is $30, per adult and per child.',
    'Wages in Harlow were set at $20, per the terms of the deal.',
  ])('a rate or a basis is none: %s', (text) => {
    expect(last(text)?.cue ?? '').not.toMatch(/^per$/i);
  });
});

describe("a title's document word closing an institution's name is the document", () => {
  it.each([
    'The Tamsin Institute World Water Report says the river is drying up.',
    'The Harlow Bureau of Fisheries Annual Survey found that the river was drying up.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('document');
  });

  it('a field of study in the name stays the institution', () => {
    expect(
      last('The Harlow Bureau of Labor Statistics said the river was drying up.')?.source.kind,
    ).not.toBe('document');
  });
});

describe("a year after an owner's possessive dates what the owner published", () => {
  it.each([
    "According to the Tamsin Institute's 2023 annual report, the river is drying up.",
    "According to Mark Tolley's 1998 memoir, the river was drying up.",
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('document');
  });
});

describe('an institution before an appositive stays the head', () => {
  it.each([
    'Harbor Chemicals, the largest industrial user in the area, said it would cut water use.',
    'Harbor Chemicals, one of the largest water users in the valley, said it would cut use.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('organization');
  });

  it('a role before the comma is still the head', () => {
    const c = last("The ministry's spokesman, who declined to be named, said the road was shut.");
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe("a site's policies are documents", () => {
  it.each([
    "Pellow Freight's terms of service say users must be at least 13.",
    'The Quillo privacy policy states that data is kept for a year.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('document');
  });
});

describe('a reporting verb opening the sentence, its speaker closed by a colon', () => {
  it.each([
    ['Mara Quent has fished the bay for years. || Says Quent: “The bay is empty.”', 'Quent'],
    ['Mara Quent has fished the bay for years. || Adds Quent: “Nobody listens.”', 'Quent'],
  ])('%s', (text, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.text).toBe(source);
  });

  it.each(['Said differently, the bay is empty.', 'Added to that, the bay is empty.'])(
    'no colon, no speaker: %s',
    (text) => {
      expect(last(text)).toBeUndefined();
    },
  );
});

describe('a people word right before a document word qualifies the document', () => {
  it.each([
    'The user guide says the heater runs for six hours.',
    'A witness statement says the van was blue.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('document');
  });
});

describe('"As reported by X, ..." puts the claim after the source\'s comma', () => {
  it.each([
    ['As first reported by the Harlow Gazette, the dam leaked.', 'media', 'the Harlow Gazette'],
    [
      'As reported by Dana Kort, a reporter, the dam leaked.',
      'named_person',
      'Dana Kort, a reporter',
    ],
  ])('%s', (text, kind, source) => {
    const c = last(text);
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.text).toBe(source);
  });
});

describe('"posted on <place> that" reports a claim', () => {
  it.each([
    'Mara Quent posted on LinkedIn that the bakery would close.',
    'Mara Quent posted to her blog that the bakery would close.',
  ])('%s', (text) => {
    const c = last(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.claim).toBe('the bakery would close');
  });

  it('an object with a relative clause is no claim', () => {
    expect(last('Mara Quent posted on Instagram a photo that showed the queue.')).toBeUndefined();
  });
});

describe('an engineer is an unnamed person, with a relative clause too', () => {
  it('One engineer who built the bridge said it was sound.', () => {
    const c = last('One engineer who built the bridge said it was sound.');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('a lower-case word for a person right before a full name describes that person', () => {
  it.each([
    'According to software engineer Tom Vale, the bridge was sound.',
    'The bridge was sound, according to longtime customer Dana Kort.',
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('named_person');
  });

  it("a relative before the name keeps it the relative's", () => {
    expect(last('The wife of victim Tom Vale said the bridge was unsafe.')?.source.kind).not.toBe(
      'named_person',
    );
  });

  it('a word for a company before a name keeps the company', () => {
    expect(last('The software company Pellow Freight said sales fell.')?.source.kind).toBe(
      'organization',
    );
  });
});
