/**
 * A law or act as the source of what it says ("Veloria's privacy law says ..."), and a law
 * named inside someone's claim, which relays nothing. Every sentence is the team's own
 * (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, paragraphClaims } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('a law speaking is a document', () => {
  it.each([
    ['Veloria data privacy law says firms cannot sell customer records abroad.', 'says'],
    ["The law says a landlord must give two months' notice.", 'says'],
    ['The 1998 law states that land cannot be sold to foreigners.', 'states'],
    ['The Clean Rivers Act says polluters must pay for the cleanup.', 'says'],
  ])('%s', (text, cue) => {
    const c = en(text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.kind).toBe('document');
  });

  it('a law firm is still a firm', () => {
    expect(en('A law firm in Dunmore said the claim had no merit.')?.source.kind).toBe(
      'organization',
    );
  });

  it('a law followed ("based on the law") is no source', () => {
    expect(en('Based on the law, the harbour fund was frozen.')).toBeUndefined();
  });
});

describe('a law inside the claim relays nothing', () => {
  it('analysts speak, and the law their claim mentions is no via', () => {
    const c = en(
      "Analysts at Harlow said regulators could be checking for compliance with Veloria's Trade Law, which says ads should not make health claims.",
    );
    expect(c?.source).toMatchObject({ text: 'Analysts at Harlow', via: null });
  });
});

describe('"based on" gives a source only set off', () => {
  it.each([
    'The team used a new method based on a review of earlier studies.',
    'That estimate was based on old county figures.',
  ])('describing a word, no source: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });

  it('set off by a comma, the document is the source', () => {
    const [claim] = paragraphClaims('en', 'Growth will slow, based on a survey of 900 firms.');
    expect(claim?.source).toMatchObject({ kind: 'document', text: 'a survey of 900 firms' });
  });
});
