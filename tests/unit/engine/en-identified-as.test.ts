/** "identify X as Y" names what someone or something is: a claim of a person, a body or a
 * document ("Court filings identify the buyer as ..."), in the present too; the bare object
 * ("identified three threats" by a person) and a finding still to come ("posts that will
 * identify ...") are none. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Two fishermen were found dead near the harbour on Friday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('identify ... as', () => {
  it.each([
    ['Court filings identify the buyer as a shell company.', 'identify', 'Court filings'],
    ['The coroner identified them as brothers from the old port.', 'identified', 'The coroner'],
    ['Ines Kellin identified the boat as a trawler from the north.', 'identified', 'Ines Kellin'],
  ])('%s', (text, cue, source) => {
    const [c] = claimsOf(text);
    expect(c?.[0]).toBe(cue);
    expect(c?.[1]).toBe(source);
  });

  it.each([
    'Ines Kellin identified three problems.',
    'Police arrested a man identified as Jon Roe.',
    'Tags in the posts will identify the boat as a trawler.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('a document described by other words is another document', () => {
  it('does not point back to the filings', () => {
    const claims = paragraphClaims(
      'en',
      'Court filings identify the buyer as a shell company.',
      'The harbour board resolution says the sale must be reviewed.',
    );
    const board = claims.find((c) => c.source.text === 'The harbour board resolution');
    expect(board?.source.kind).toBe('document');
    expect(board?.source.resolvesTo).toBeNull();
  });

  it('points back when the noun is the same', () => {
    const claims = paragraphClaims(
      'en',
      'A harbour board report released on Monday said the piers were unsafe.',
      'The board report said repairs would take a year.',
    );
    expect(claims.at(-1)?.source.resolvesTo).toMatch(/^A harbour board report/);
  });
});
