/** Unnamed sources' held views in the shapes wire copy writes them: the stance verb closing
 * the sentence after its claim ("..., officials fear."), and a noun of fearing or believing
 * with its holders ("concern among officials that ..."). Sentences are written for these
 * tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) =>
  paragraphClaims('en', text).map((c) => [c.source.text, c.source.kind, c.claim]);

describe('a stance verb after its claim', () => {
  it.each([
    [
      'The Tarn blast was caused by a gas leak, investigators suspect.',
      'investigators',
      'unnamed_official',
      'The Tarn blast was caused by a gas leak',
    ],
    [
      'The ferry strike could last into June, residents fear.',
      'residents',
      'anonymous',
      'The ferry strike could last into June',
    ],
    [
      'The levy will drive shops away, some traders worry.',
      'some traders',
      'anonymous',
      'The levy will drive shops away',
    ],
  ] as const)('%s', (text, source, kind, claim) => {
    expect(claims(text)).toEqual([[source, kind, claim]]);
  });

  it('with an object the verb holds no claim', () => {
    expect(claims('Officials fear the worst for the Tarn miners.')).toEqual([]);
    expect(claims('The suspect told nobody where he had been.')).toEqual([]);
  });
});

describe('a noun of fearing or believing with its holders', () => {
  it.each([
    [
      'There is growing concern among Western officials that the truce will collapse.',
      'Western officials',
      'unnamed_official',
    ],
    ['The belief among economists that rates will fall has faded.', 'economists', 'anonymous'],
  ] as const)('%s', (text, source, kind) => {
    expect(claims(text).map(([s, k]) => [s, k])).toEqual([[source, kind]]);
  });
});

describe('a phrase of voicing fears', () => {
  it('the verb of voicing is no part of the source', () => {
    expect(claims('Diplomats voiced fears that the Orlen truce would collapse.')).toEqual([
      ['Diplomats', 'unnamed_official', 'the Orlen truce would collapse'],
    ]);
  });
});
