/**
 * An unnamed source written as one known person ("the witness", "Acme's spokesman", "his
 * aide") is the antecedent of a "he" opening the next sentence, as "a witness" already was.
 * Every sentence is the team's own. A paragraph break is written " || ".
 */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { definiteOnePerson } from '@/core/source/one-person';
import { lastClaim } from './helpers';

const last = (text: string) => lastClaim(text, 'en');
const en = getPack('en');

describe('definiteOnePerson', () => {
  it('is true for a definite or possessive opener and a singular person noun', () => {
    for (const text of [
      'the witness',
      'The spokeswoman',
      "Korvo's spokesman",
      'his aide',
      'Korvo’s spokeswoman',
      "the company's spokesman",
      'the senior official',
      'the official, who asked not to be named',
      'the aide who runs the office',
    ])
      expect(definiteOnePerson(en, text), text).toBe(true);
  });

  it('is false for plurals, indefinites, names, clauses and non-persons', () => {
    for (const text of [
      'the officials',
      "Korvo's sources",
      'a witness',
      'witness',
      'the official Ilse Varga',
      'the people familiar with the plan',
      'the ministry',
      'the report',
      'the officials, who asked not to be named',
    ])
      expect(definiteOnePerson(en, text), text).toBe(false);
  });
});

describe('a "he" opening the next sentence points back to the definite unnamed speaker', () => {
  it('a possessive spokesman', () => {
    const claim = last(
      'Thieves tried to enter accounts at the Korvo market, the Dalby police said. || ' +
        "Korvo's spokesman said the thieves used passwords stolen elsewhere. || " +
        'He said the company had warned its users in March.',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      resolvesTo: "Korvo's spokesman",
      basis: 'pronoun/recent-speaker',
    });
    expect(claim?.flags).toContain('unnamed_source');
  });

  it('"the witness" after "a witness"', () => {
    const claim = last(
      'A witness told the Harbour Courier that the depot was closed. || ' +
        'The witness said guards had sealed the street. || He said the smoke could be seen from the pier.',
    );
    expect(claim?.source).toMatchObject({ kind: 'anonymous', resolvesTo: 'The witness' });
  });

  it('a quotation closed by "he said" counts as opening the sentence', () => {
    const claim = last(
      'The aide said the talks had stalled. || "Nobody wants to move first," he said.',
    );
    expect(claim?.source.kind).toBe('unnamed_official');
  });
});

describe('the definite unnamed speaker does not reach further', () => {
  it('not two sentences on, where a person named since is likelier', () => {
    const claim = last(
      'The official said the inquiry was still open. || ' +
        'The Harbour Courier said the suspect, Pavel Idris, spoke three languages. || ' +
        'A magazine profiled Idris in 2009. || "I always wanted to sail," he said.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Pavel Idris' });
  });

  it('not a "he" inside a sentence that names someone before it', () => {
    const claim = last(
      'The analyst said the vote would be close. || ' +
        'Former mayor Lucas Brandt angered his party in May when he said the council should be dissolved.',
    );
    expect(claim?.source.kind).toBe('named_person');
  });
});

describe('the definite unnamed speaker past sentences that quote and name no one', () => {
  it('is still who "she" is after background, over an older named speaker', () => {
    const claim = last(
      'Mara Holt, the harbour master, said the pier would close. || ' +
        "The port's spokeswoman said the ferries would be cut. || The pier opened in 1961. || " +
        'She said the cuts would start in July.',
    );
    expect(claim?.source).toMatchObject({
      kind: 'unnamed_official',
      resolvesTo: "The port's spokeswoman",
    });
  });

  it('not once another source has spoken since', () => {
    const claim = last(
      'The suspect was named as Pavel Idris. || The official said the inquiry was still open. || ' +
        'The Harbour Courier said the suspect spoke three languages. || ' +
        '"I always wanted to sail," he said.',
    );
    expect(claim?.source).toMatchObject({ kind: 'named_person', resolvesTo: 'Pavel Idris' });
  });
});
