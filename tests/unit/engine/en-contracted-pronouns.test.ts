/**
 * A pronoun's contracted "is" or "has" ("it's", "that's", "there's") is never an owner's
 * ending, yet a token's `base` drops it as one: phrase tables match such a word as the pronoun
 * and the verb the pack lists ("it's been reported" as "it has been reported"), written with a
 * straight or a curly apostrophe. A possessive stays the owner. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { getPack } from '@/core/lang';
import { tokenize } from '@/core/text';
import { lastClaim } from './helpers';

const en = (text: string) => lastClaim(text, 'en');

describe('phrase tables match the contraction of a listed pronoun and verb', () => {
  const pack = getPack('en');

  it.each([
    ["It's been reported that", 3],
    ['It’s been reported that', 3],
    ["IT'S BELIEVED the", 2],
    ["it's said that", 2],
  ])('"%s" matches a hedge of %i tokens', (text, len) => {
    expect(pack.hedges.matchAt(tokenize(text), 0)).toBe(len);
  });

  it('the bare pronoun is not the contraction', () => {
    expect(pack.hedges.matchAt(tokenize('It been reported that'), 0)).toBe(0);
    expect(pack.viewOpeners.matchAt(tokenize('That the verdict'), 0)).toBe(0);
  });

  it('the uncontracted phrase still matches', () => {
    expect(pack.hedges.matchAt(tokenize('It has been reported that'), 0)).toBe(4);
    expect(pack.viewOpeners.matchAt(tokenize('That is the verdict'), 0)).toBe(2);
  });

  it("a noun's possessive is no contraction", () => {
    expect(pack.hedges.matchAt(tokenize("Rain's been reported that"), 0)).toBe(0);
  });
});

describe('hedges written with a contraction', () => {
  it.each([
    ["It's been reported that the Dunmere ferry will stop running in March."],
    ['It’s been reported that the Dunmere ferry will stop running in March.'],
    ["It's believed the mayor of Kestrow will resign next week."],
    ['It’s thought that the dam at Brisk Creek could give way.'],
    ["It's said that the harvest in Owlsby was the worst in a decade."],
    ["It's understood the Kestrow council will meet on Friday."],
    ["There's speculation that the Owlsby mill will close before winter."],
  ])('%s', (text) => {
    const c = en(text);
    expect(c?.cue.toLowerCase()).toMatch(/^(it|there)['’]s /);
    expect(c?.source.kind).toBe('unattributed');
    expect(c?.flags).toContain('unattributed');
  });
});

describe('a pointing verdict opened with a contraction', () => {
  it.each([
    ["That's the verdict of Tamsin Greel, an engineer at Harlow University."],
    ['That’s the verdict of Tamsin Greel, an engineer at Harlow University.'],
  ])('%s', (text) => {
    const c = en(`"The old bridge is unsafe and must close." ${text}`);
    expect(c?.cue).toMatch(/^That['’]s the verdict of$/);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.claim).toContain('The old bridge is unsafe');
  });
});

describe('possessives stay owners', () => {
  it("the minister's aide", () => {
    const c = en("The minister's aide said the tunnel would reopen in May.");
    expect(c?.source.text).toBe("The minister's aide");
    expect(c?.cue).toBe('said');
  });

  it('a sentence with no cue stays claim-free', () => {
    expect(en("That's the old mill, and there's a bakery beside it.")).toBeUndefined();
  });
});
