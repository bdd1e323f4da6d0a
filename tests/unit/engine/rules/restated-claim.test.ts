import { describe, expect, it } from 'vitest';
import { restatedClaim } from '@/core/rules/restated-claim';
import { onlyClaim, run } from '../helpers';

describe('restated-claim', () => {
  it.each([
    [
      'Ilse Marren repeated her claim that the ballots were lost.',
      'repeated',
      'Ilse Marren',
      'named_person',
    ],
    [
      'The Corvan ministry stood by its assertion that the bridge is safe.',
      'stood by',
      'The Corvan ministry',
      'official_body',
    ],
    [
      'Opposition lawmakers renewed their allegations that the count was rigged.',
      'renewed',
      'Opposition lawmakers',
      'unnamed_official',
    ],
    [
      'Ilse Marren has made the case that the ballots were lost.',
      'made',
      'Ilse Marren',
      'named_person',
    ],
    [
      'Ilse Marren doubled down on her earlier claim that the ballots were lost.',
      'doubled down on',
      'Ilse Marren',
      'named_person',
    ],
  ] as const)('%s', (text, cue, source, kind) => {
    const [found] = run(restatedClaim, text, 'en');
    expect(found).toEqual([cue, kind, source]);
  });

  it('the claim is what the "that" opens', () => {
    const c = onlyClaim('Ilse Marren repeated her claim that the ballots were lost.', 'en');
    expect(c?.rule).toBe('restated-claim');
    expect(c?.claim).toBe('the ballots were lost');
  });

  it.each([
    'Ilse Marren repeated the test twice.', // an act on a thing
    'The firm made a profit that surprised the market.', // no claim noun
    'Ilse Marren stood by her decision that the plant should close.', // a decision is no claim
    'Ilse Marren repeated her claim about the ballots.', // no "that" clause
  ])('no restated claim: %s', (text) => {
    expect(run(restatedClaim, text, 'en')).toHaveLength(0);
  });
});
