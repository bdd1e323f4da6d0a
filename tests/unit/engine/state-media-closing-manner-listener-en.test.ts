/**
 * After a claim set before its source, what trails the closing verb is no claim: a manner of
 * telling ("..., the agency said, without giving details"), a participle (", adding ..."),
 * or the listener of a verb of telling ("..., the premier told business leaders[, Statenews
 * said]"). The speaker who told stays the source and the outlet the `via`. Every sentence is
 * the team's own; "Statenews" is the helpers' state-run fixture outlet.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const first = (text: string) => storyClaims(text, 'en')[0];

describe('a manner of telling or a participle after the closing verb', () => {
  it.each([
    'The missile test was a success, Statenews said, without giving details.',
    'The missile test was a success, Statenews reported without elaborating.',
    'The missile test was a success, state media said on Tuesday, without providing evidence.',
    'The missile test was a success, the official news agency said, adding that the leader had watched it.',
    'The missile test was a success, said the official news agency, without saying where it took place.',
    'The missile test was a success, state media said, in a report that could not be verified.',
  ])('%s', (text) => {
    const claim = first(text);
    expect(claim?.claim).toBe('The missile test was a success');
    expect(claim?.source.kind).toBe('state_media');
  });

  it('a claim after the verb is still the claim', () => {
    const claim = first(
      'Statenews reported without elaborating that the missile test was a success.',
    );
    expect(claim?.claim).toBe('the missile test was a success');
  });
});

describe('the listener of a verb of telling after a fronted claim', () => {
  it.each([
    ['The harvest will recover, Premier Ana Lurs told business leaders.', undefined],
    ['The harvest will recover, Premier Ana Lurs told business leaders on Monday.', undefined],
    [
      'The harvest will recover, Premier Ana Lurs told the visiting envoy, Statenews said.',
      'Statenews',
    ],
    [
      'The harvest will recover, Premier Ana Lurs told a forum in the capital, state media reported.',
      'state media',
    ],
    [
      'The harvest will recover, Premier Ana Lurs told business leaders in the capital, according to Statenews.',
      'Statenews',
    ],
  ])('%s', (text, via) => {
    const claim = first(text);
    expect(claim?.claim).toBe('The harvest will recover');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.via ?? undefined).toBe(via);
  });

  it('what was told after the listener is the claim', () => {
    const claim = first('Premier Ana Lurs told business leaders that the harvest would recover.');
    expect(claim?.claim).toBe('the harvest would recover');
  });
});
