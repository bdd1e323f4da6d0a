/** Sources and their kinds in campaign copy: a person's name inside a title-cased headline,
 * a charge's passive participle after a noun, a report with its topic before "issued by",
 * asides between a speaker and the verb, and participles after an opening clause or time.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims, storyClaims } from './helpers';

const LEAD = 'The harbour board met on Monday to discuss the ferry strike.';

function claimsOf(...paragraphs: string[]) {
  return paragraphClaims('en', LEAD, ...paragraphs).map((c) => ({
    cue: c.cue,
    text: c.source.text,
    kind: c.source.kind,
    resolvesTo: c.source.resolvesTo,
  }));
}

describe('a name inside a title-cased headline', () => {
  it('stays the person the article names with a title', () => {
    const claims = storyClaims(
      'Why The Labour Party’s Move Against Mara Quell Could Backfire. || At the forum on Saturday, Sen. Mara Quell apologized to voters for the error. || Quell argued that the leak was the fault of the vendor.',
      'en',
    );
    const c = claims.find((x) => x.cue === 'argued');
    expect(c?.source.kind).toBe('named_person');
  });
});

describe('a charge right after a noun is a passive', () => {
  it('the one charged is no source', () => {
    const claims = claimsOf(
      'The city also freed Tom Reed, an engineer accused of smuggling, but the ministry insisted that was not part of the deal.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['insisted']);
  });

  it.each([
    'A small charity accused of hiding donations paid for trips abroad.',
    'A ferry plan criticized for its cost was dropped on Monday.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });

  it('a perfect after a relative pronoun stays active', () => {
    const claims = claimsOf(
      'Ines Kellin now faces a rival whom she has accused of selling dreams.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['accused']);
  });

  it('an active charge keeps its subject', () => {
    const [c] = claimsOf('The mayor accused the council of hiding the figures.');
    expect(c?.text).toBe('The mayor');
  });
});

describe('a report with its topic before "issued ... by"', () => {
  it('is the document', () => {
    const [c] = claimsOf(
      'A report about the safety of ferries issued over the winter by the Harbour Trust noted that few boats were inspected.',
    );
    expect(c?.kind).toBe('document');
    expect(c?.text.startsWith('A report about the safety of ferries')).toBe(true);
  });
});

describe('an aside between the speaker and the verb', () => {
  it.each([
    [
      'Mara Delgado, when asked about the vote, responded that the count was right.',
      'Mara Delgado',
    ],
    ['Tom Reyes, appearing on the radio, said that the count was wrong.', 'Tom Reyes'],
    [
      'An airline official, speaking on condition of anonymity, said the flights were cancelled.',
      'An airline official, speaking on condition of anonymity',
    ],
  ])('%s', (text, source) => {
    expect(claimsOf(text)[0]?.text).toBe(source);
  });

  it('a role after such a speaker points back to them', () => {
    const claims = claimsOf(
      'Mara Delgado, when asked about the vote, responded that the count was right.',
      '“I think that would be a disaster,” the Ohio senator said.',
    );
    expect(claims[1]?.kind).toBe('named_person');
    expect(claims[1]?.resolvesTo).toBe('Mara Delgado');
  });
});

describe('a participle of saying after an opening clause or time', () => {
  it('the main clause’s subject speaks, not the opening clause’s', () => {
    const claims = claimsOf(
      'Presidential candidate Tom Reyes said on Monday that he liked the mayor.',
      'When the leaders met in Ottawa, Reyes was far away in Bangor, promising to build a wall at the border.',
    );
    expect(claims[1]?.text).toBe('Reyes');
  });

  it('a time opening the sentence is no subject', () => {
    const [c] = claimsOf(
      'Two days later, the mayor returned the compliment to Delgado, telling reporters she was fine.',
    );
    expect(c?.text).toBe('the mayor');
  });

  it('a person before a time and an aside still speaks', () => {
    const [c] = claimsOf(
      'Tom Reyes later, in a tweet, lashed out at the board, saying it had lied.',
    );
    expect(c?.text).toBe('Tom Reyes');
  });
});

describe('a finding verb joined to another verb by "and"', () => {
  it('has no finder in the first verb’s object', () => {
    expect(
      claimsOf('Weeks of doubt may follow as she tries to form a cabinet and find a way out.'),
    ).toEqual([]);
  });
});
