/** "X said A, and Y said B", "X said A, as Y vowed B": after a comma, "and" or "as" opens a
 * second speaker's clause, two claims; without the comma, or with an order ("and officers
 * told him to leave"), the words stay the first speaker's. Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('a second speaker after ", and"', () => {
  it('two speakers, two claims', () => {
    const found = claims(
      "Varnia's defence ministry said the border post had been shelled overnight, and Ostrava's army said its troops had returned fire.",
    );
    expect(found.map((c) => [c.source.text, c.claim])).toEqual([
      ["Varnia's defence ministry", 'the border post had been shelled overnight'],
      ["Ostrava's army", 'its troops had returned fire'],
    ]);
  });

  it('an order inside the first account is no second claim', () => {
    const found = claims(
      'The ferryman Tomas Rell said the guards had arrived at noon, and officers told him to leave the square.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.claim).toContain('officers told him to leave');
  });

  it('without the comma, the words stay one claim', () => {
    const found = claims(
      'The ferryman Tomas Rell said the guards had arrived at noon and the officers said they had orders.',
    );
    expect(found).toHaveLength(1);
  });
});

describe('a second speaker after ", as"', () => {
  it('a second account with words of its own is a second claim', () => {
    const found = claims(
      "Varnia's finance ministry said on Friday it would raise rail spending by 4 percent, as the governor vowed to push on with a plan to cut fares.",
    );
    expect(found.map((c) => [c.source.text, c.claim])).toEqual([
      ["Varnia's finance ministry", 'it would raise rail spending by 4 percent'],
      ['the governor', 'to push on with a plan to cut fares'],
    ]);
  });

  it('an outlet closing the sentence after "as" reports no second claim', () => {
    const found = claims('The ferryman Tomas Rell said the guards had left, as Wirely reported.');
    expect(found).toHaveLength(1);
  });
});
