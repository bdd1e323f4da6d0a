/** A label verb's object followed by one adjective closing the clause ("called the offer
 * unacceptable", "called the noise unbearable") is a verdict in the speaker's words; a noun
 * there ("called the emergency meeting") is an act. "Termed" and "deemed" label like
 * "called". Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry board unveiled its pay offer on Monday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('a label verb with an adjective label', () => {
  it.each([
    ['Ferry workers called the offer unacceptable.', 'Ferry workers', 'the offer unacceptable'],
    ['Harbour residents called the noise unbearable.', 'Harbour residents', 'the noise unbearable'],
    [
      'Ines Kellin called the board’s latest offer ridiculous.',
      'Ines Kellin',
      'the board’s latest offer ridiculous',
    ],
    ['Ines Kellin called it disgraceful.', 'Ines Kellin', 'it disgraceful'],
    ['Ines Kellin called the plan pointless, and left.', 'Ines Kellin', 'the plan pointless'],
    ['Ines Kellin termed the offer an insult.', 'Ines Kellin', 'the offer an insult'],
    ['Ines Kellin deemed the offer unacceptable.', 'Ines Kellin', 'the offer unacceptable'],
  ])('%s', (text, source, claim) => {
    const [c] = claimsOf(text);
    expect(c?.[1]).toBe(source);
    expect(c?.[2]).toMatch(new RegExp(`^${claim}`));
  });

  it.each([
    'The mayor called the emergency meeting.',
    'The skipper called the famous singer.',
    'Ines Kellin called the hotel home for years.',
    'The pier was deemed unsafe by inspectors.',
    'The firm called the police, who arrested two men.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
