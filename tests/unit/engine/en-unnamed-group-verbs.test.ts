/** Verbs that groups of unnamed sources use: plural sources in the present take the base form ("Residents recall that",
 * "Insiders describe the chief as ..."): the base forms of verbs whose third-person form is a
 * cue. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a plural unnamed source with a present verb', () => {
  it.each([
    ['Insiders describe the Varro chief as demanding.', 'Insiders', 'anonymous'],
    ['Older residents recall that the Tarn flooded in 1990.', 'Older residents', 'anonymous'],
    ['Critics lament that the square has lost its charm.', 'Critics', 'anonymous'],
    ['Officials assert that the Orlen dam is safe.', 'Officials', 'unnamed_official'],
    ['Some villagers recount how the water rose overnight.', 'Some villagers', 'anonymous'],
    ['Engineers emphasise that the bridge is sound.', 'Engineers', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });
});

describe('verbs of holding a view or giving evidence', () => {
  it.each([
    ['Many residents feel that the Orlen bypass will bring noise.', 'Many residents', 'anonymous'],
    ['Shopkeepers reckon the bypass will hurt trade.', 'Shopkeepers', 'anonymous'],
    ['Economists calculate that the bypass will cost $40 million.', 'Economists', 'anonymous'],
    ['Farmers testify that the fields flood every spring.', 'Farmers', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });

  it('a feeling with no clause is no claim', () => {
    expect(paragraphClaims('en', 'Many residents feel angry about the bypass.')).toEqual([]);
  });
});

describe('signalling and hinting with a clause', () => {
  it.each([
    ['Policymakers signalled that a rate cut was likely.', 'Policymakers', 'unnamed_official'],
    [
      'Varnian officials hinted on Monday that a deal was close.',
      'Varnian officials',
      'unnamed_official',
    ],
  ] as const)('%s', (text, source, kind) => {
    const claims = paragraphClaims('en', text);
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([[source, kind]]);
  });

  it.each([
    'The Orlen bank signaled a shift in policy.',
    'The ministry signalled its support for the mayor.',
    'Officials hinted at a deal.',
  ])('an act with an object: %s', (text) => {
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
