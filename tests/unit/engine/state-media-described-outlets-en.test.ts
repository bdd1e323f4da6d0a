/**
 * Outlets the article itself calls state-run, with the outlet's word "paper" or in an
 * appositive ("The Dalby Star, a state-backed paper, said"), are state media; and "the
 * <word> agency" pointing back to an outlet takes only a media or state-outlet word
 * ("the planning agency" is a body). Every sentence is the team's own; "Statenews" is the
 * helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { storyClaims } from './helpers';

const sources = (text: string) =>
  storyClaims(text, 'en').map((c) => [c.source.kind, c.flags.includes('state_media')]);

describe('described as run by the state', () => {
  it.each([
    'A state-backed paper said the mill had closed.',
    'The Dalby Star, a state-backed paper, said the mill had closed.',
    'The Dalby Star, a state-owned daily, said the mill had closed.',
    'The Dalby Star, a government-run tabloid, said the mill had closed.',
  ])('%s', (text) => {
    expect(sources(text)).toEqual([['state_media', true]]);
  });

  it('a person described by the outlet they work for is still that person', () => {
    expect(
      sources('Mark Olsen, a former editor of the state-run paper, said the mill had closed.'),
    ).toEqual([['named_person', false]]);
  });

  it('an appositive that says more than who runs the outlet is not read this way', () => {
    expect(
      sources('The Dalby Star, a paper known for its puzzles, said the mill had closed.')[0]?.[0],
    ).not.toBe('state_media');
  });
});

describe('"the ... agency" pointing back to an outlet', () => {
  it('"the planning agency" after a state outlet is a body, the outlet its via', () => {
    const claims = storyClaims(
      'Statenews reported heavy rain in the north. || Prices will rise next year, the planning agency said, according to Statenews.',
      'en',
    );
    expect(claims.at(-1)?.source).toMatchObject({ kind: 'official_body', via: 'Statenews' });
  });

  it('"the news agency" is the outlet again', () => {
    const claims = storyClaims(
      'Statenews reported heavy rain in the north. || Two bridges were closed, the news agency said.',
      'en',
    );
    expect(claims.at(-1)?.source.kind).toBe('state_media');
  });
});

describe('a station named by its call words, or after a possessive, said to be state-run', () => {
  it.each([
    ["Kelbonia's state-owned Zeta TV said the vote was peaceful."],
    ['State-run Zeta FM said the vote was peaceful.'],
    ["Kelbonia's official Zeta news agency said the vote was peaceful."],
  ])('%s', (text) => {
    const c = storyClaims(text, 'en')[0];
    expect(c?.source.kind).toBe('state_media');
    expect(c?.flags).toContain('state_media');
  });

  it('a possessive before an official who is no outlet stays a person', () => {
    const c = storyClaims("Kelbonia's official spokesman said the vote was peaceful.", 'en')[0];
    expect(c?.source.kind).toBe('unnamed_official');
  });
});

describe("a state outlet's former name the bundled registry lists", () => {
  it('Radio Pyongyang is the Voice of Korea', () => {
    const blocks = [
      { type: 'p' as const, text: 'Radio Pyongyang said the drills were a rehearsal.' },
    ];
    const c = analyze({ blocks }, { lang: 'en' }).claims[0];
    expect(c?.source.kind).toBe('state_media');
    expect(c?.source.outlet).toBe('voice-of-korea');
  });
});

describe('the state words before an unknown outlet closing the sentence', () => {
  it.each([
    [
      "The vote was peaceful, Kelbonia's state-run Zeta Radio said.",
      "Kelbonia's state-run Zeta Radio",
    ],
    ['The vote was peaceful, the state-owned Nile TV said.', 'the state-owned Nile TV'],
  ])('%s', (text, source) => {
    const c = storyClaims(text, 'en')[0];
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('state_media');
    expect(c?.claim).toBe('The vote was peaceful');
  });
});
