/**
 * Session 13: court and legal papers as English sources, and finding verbs that find nothing
 * yet. Every sentence is the team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a court or legal paper speaking is a document', () => {
  it.each([
    ['The ruling indicates that any new dam would need federal approval.', 'indicates'],
    ['The ruling found the ban violated free speech.', 'found'],
    ['A court ruling on Tuesday said the ferry ban was illegal.', 'said'],
    ['The decision said the agency had overstepped its authority.', 'said'],
    ['The judgment says the firm must repay the loans.', 'says'],
    ['The petition argues the levy discriminates against renters.', 'argues'],
    ['The contract says the city must maintain the road.', 'says'],
    ['The executive order states that agencies must cut paper use.', 'states'],
    ['The statute says landlords must register every flat.', 'says'],
    ['The constitution says the president may serve two terms.', 'says'],
    ['An order from the governor said schools in Dunmore must close.', 'said'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('document');
  });

  it.each([
    'The ruling party said the vote in Dunmore was fair.',
    "Norland's ruling coalition said the vote was fair.",
  ])('"ruling" before a body is no document: %s', (text) => {
    expect(en(text)?.source.kind).toBe('official_body');
  });

  it('people who know of a decision are still the source', () => {
    const c = en('Sources with knowledge of the decision said the ferry deal was close.');
    expect(c?.source.kind).toBe('anonymous');
  });
});

describe('a finding verb that finds nothing yet', () => {
  it.each([
    'Halvern is seeking a ruling that would show the island lies in its waters.',
    'The councils run the valley under legislation determined by the assembly.',
    'The new survey could show that ferry fares are too high.',
  ])('%s', (text) => {
    expect(storyClaims(text, 'en')).toEqual([]);
  });
});

describe('a citation that is the means of an act', () => {
  it('"by citing a ruling" gives a reason, no source', () => {
    const text = 'Firms in Dunmore have fended off such suits by citing the 2011 ruling.';
    expect(storyClaims(text, 'en')).toEqual([]);
  });

  it('"citing" a ruling after a comma still relays it', () => {
    const c = en('The mayor refused to sign, citing a court ruling that the levy was illegal.');
    expect(c?.cue).toBe('citing');
  });
});
