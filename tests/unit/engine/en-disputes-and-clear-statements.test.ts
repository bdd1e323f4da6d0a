/** Disputing a proposition named by a plural or bare noun ("rejected claims that ...",
 * "played down fears that ...") voices a view of it, like "rejected the notion that"; a
 * relative clause after the noun ("claims that were filed late") is no proposition.
 * "Made (it) clear that", "indicated that" and "expressed confidence that" report the
 * clause after them; with no clause they are deeds. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The ferry strike entered its third week on Monday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('disputing a proposition', () => {
  it.each([
    ['rejected claims', 'the strike was illegal'],
    ['brushed aside suggestions', 'the strike was illegal'],
    ['pushed back on claims', 'the strike was illegal'],
    ['shot down reports', 'the strike was over'],
    ['downplayed fears', 'the strike would spread'],
    ['played down fears', 'the strike would spread'],
    ['refuted the suggestion', 'the strike was illegal'],
  ])('Ines Kellin %s that ...', (cue, claim) => {
    expect(claimsOf(`Ines Kellin ${cue} that ${claim}.`)).toEqual([[cue, 'Ines Kellin', claim]]);
  });

  it.each([
    'The harbour court rejected claims that were filed late.',
    'The harbour court rejected claims for compensation from the families.',
    'The insurer disputed claims filed by the ferry owners.',
    'The board downplayed fears about the budget.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('making clear, indicating, expressing confidence', () => {
  it.each([
    ['made clear', 'the crews would not return'],
    ['made it clear', 'the crews would not return'],
    ['has made clear', 'the crews would not return'],
    ['indicated', 'the crews would not return'],
    ['expressed confidence', 'a deal was close'],
    ['raised the possibility', 'the ferries could be sold'],
  ])('Ines Kellin %s that ...', (verb, claim) => {
    const [c, ...rest] = paragraphClaims('en', LEAD, `Ines Kellin ${verb} that ${claim}.`);
    expect(rest).toEqual([]);
    expect([c?.source.text, c?.claim]).toEqual(['Ines Kellin', claim]);
  });

  it.each([
    'The ferry firm made clear progress on the repairs.',
    'The gauge indicated a fault in the engine.',
    'The skipper made it clear to everyone on board.',
  ])('no claim: %s', (text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});
