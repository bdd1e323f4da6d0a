import { describe, expect, it } from 'vitest';
import { figureVerb } from '@/core/rules/figure-verb';
import { run, storyClaims } from '../helpers';

describe('figure-verb', () => {
  it.each([
    ['A clinic nurse put the number of wounded at 32.', 'A clinic nurse', 'anonymous'],
    ['The council put the cost of the new bridge at $4 million.', 'The council', 'official_body'],
    ['Organisers put attendance at around 8,000.', 'Organisers', 'anonymous'],
    [
      'The port authority puts losses at more than 300 boats.',
      'The port authority',
      'official_body',
    ],
    // The marker may open the approximator itself.
    ['The monitor put the toll at least 15.', 'The monitor', 'organization'],
  ])('%s', (text, source, kind) => {
    const [found] = run(figureVerb, text, 'en');
    expect(found?.[2]).toBe(source);
    expect(found?.[1]).toBe(kind);
  });

  it.each([
    'They put the plan at risk.', // no figure
    'She put her bag at the door.',
    'Ferry crews were put at 40 stations along the coast.', // passive: no source before
  ])('no figure given: %s', (text) => {
    expect(run(figureVerb, text, 'en')).toEqual([]);
  });

  it('the claim is the object and its figure', () => {
    const [claim] = storyClaims('Rescue teams put the number of missing at 12 on Sunday.', 'en');
    expect(claim?.claim).toBe('the number of missing at 12 on Sunday');
    expect(claim?.rule).toBe('figure-verb');
  });
});

describe('figure-verb: a document with its participle phrase', () => {
  it.each([
    [
      'A survey released on Monday put support for the tram at 55 percent.',
      'A survey released on Monday',
    ],
    [
      'An audit completed last month put the shortfall at $3 million.',
      'An audit completed last month',
    ],
  ])('%s', (text, source) => {
    expect(run(figureVerb, text, 'en')).toEqual([['put', 'document', source]]);
  });
});
