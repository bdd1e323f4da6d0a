/** A plural's possessive apostrophe ("the Allied Nations' agency") is no quotation mark: the
 * owner stays in the source phrase, as with "Norland's agency", and the claim is not cut at
 * the apostrophe. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { tokenize } from '@/core/text';
import { onlyClaim } from './helpers';

describe('plural possessives in source phrases', () => {
  it('keeps the apostrophe on its word, with the owner as the lexicon key', () => {
    const words = tokenize("the Allied Nations' refugee agency").map((t) => [t.text, t.base]);
    expect(words).toEqual([
      ['the', 'the'],
      ['Allied', 'allied'],
      ["Nations'", 'nations'],
      ['refugee', 'refugee'],
      ['agency', 'agency'],
    ]);
  });

  it('leaves a closing single quote at the end of a clause alone', () => {
    const words = tokenize("he called it 'the end of days'.").map((t) => t.text);
    expect(words.slice(-3)).toEqual(['days', "'", '.']);
  });

  it.each([
    ["The Allied Nations' refugee agency said arrivals had fallen by a third.", 'official_body'],
    ['The Norlands’ coast guard said the trawler had sunk near the reef.', 'official_body'],
  ])('the owner stays in the phrase: %s', (text, kind) => {
    const c = onlyClaim(text, 'en');
    expect(c?.source.text).toMatch(/^The (Allied Nations|Norlands)/);
    expect(c?.source.kind).toBe(kind);
  });

  it('a role owned by a plural name keeps the claim before it', () => {
    const c = onlyClaim(
      "The harbour deal was a fair bargain for both towns, the Marlands' top lawyer said on Monday.",
      'en',
    );
    expect(c?.source.text).toBe("the Marlands' top lawyer");
    expect(c?.claim).toMatch(/^The harbour deal was a fair bargain/);
  });

  it('a label owned by a plural name is still a label', () => {
    const c = onlyClaim(
      "Council members touted the vote as Westmarks' answer to the port closure.",
      'en',
    );
    expect(c?.cue).toBe('touted');
    expect(c?.claim).toContain("Westmarks' answer");
  });
});
