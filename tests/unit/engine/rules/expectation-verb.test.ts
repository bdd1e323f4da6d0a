/** A source's forecast ("Analysts expect the bank to raise rates") is its claim; a passive,
 * a noun or the source's own plan is none. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { expectationVerb } from '@/core/rules/expectation-verb';
import { ctx, onlyClaim, run } from '../helpers';

describe('expectation-verb', () => {
  it.each([
    [
      'Analysts expect the central bank of Varnia to raise interest rates next month.',
      'expect',
      'anonymous',
      'Analysts',
    ],
    [
      'Economists forecast growth of 2.1 percent in Varnia this year.',
      'forecast',
      'anonymous',
      'Economists',
    ],
    [
      'Most traders expect the crown to weaken after the vote.',
      'expect',
      'anonymous',
      'Most traders',
    ],
    [
      'The Varnian weather office forecast 40 centimetres of snow in the passes.',
      'forecast',
      'official_body',
      'The Varnian weather office',
    ],
    [
      'Kelbo Steel expects demand for rails to recover by the spring.',
      'expects',
      'organization',
      'Kelbo Steel',
    ],
  ] as const)('%s', (text, cue, kind, source) => {
    expect(run(expectationVerb, text, 'en')).toEqual([[cue, kind, source]]);
  });

  it('the claim is the forecast, flagged when its source is unnamed', () => {
    const c = onlyClaim('Analysts expect the central bank to raise rates next month.', 'en');
    expect(c?.claim).toBe('the central bank to raise rates next month');
    expect(c?.flags).toContain('unnamed_source');
  });

  it('with "that" the forecast is a claim too', () => {
    const c = onlyClaim('Most traders expect that the crown will weaken after the vote.', 'en');
    expect(c?.source.text).toBe('Most traders');
    expect(c?.claim).toBe('the crown will weaken after the vote');
  });

  it.each([
    'The vote is expected to take place next week.',
    'Kelbo Steel expects to open a second plant in 2027.',
    "Varnia's expected return to the market worried traders.",
    'The forecast for the weekend is rain.',
    'Polls close at nine, with most of the results expected between midnight and 3 a.m.',
    'Officials said they expected a decision soon.',
  ])('no forecast of its own: %s', (text) => {
    expect(expectationVerb.find(ctx(text, 'en'))).toEqual([]);
  });
});

describe('expectation-verb: an amount with its currency sign is a figure', () => {
  it.each([
    ['The ferry operator forecast full-year profit of at least $2 a share.', 'The ferry operator'],
    ['Harbour economists forecast a rise of €3 billion in exports.', 'Harbour economists'],
  ])('%s', (text, source) => {
    expect(run(expectationVerb, text, 'en')[0]?.[2]).toBe(source);
  });

  it('a sign with no amount is no figure', () => {
    expect(run(expectationVerb, 'The ferry operator forecast a $ sign.', 'en')).toEqual([]);
  });
});
