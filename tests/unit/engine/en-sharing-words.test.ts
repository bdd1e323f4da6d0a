/**
 * "She shared that ...": sharing words (telling them) is saying them, but only before a
 * clause; sharing a thing ("shared a photo", "shared concerns"), or a participle with its
 * agent ("videos shared by staff"), reports nothing. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('"shared that": the speaker tells it', () => {
  it('a named speaker', () => {
    const [c] = paragraphClaims('en', 'Ana Lind shared that the bakery would close in May.');
    expect(c).toMatchObject({ cue: 'shared', source: { text: 'Ana Lind', kind: 'named_person' } });
    expect(c?.claim).toBe('the bakery would close in May');
  });

  it('speaking to an outlet, the speaker shares it through the outlet', () => {
    const claims = paragraphClaims(
      'en',
      'The baker Ana Lind opened her shop in 1990.',
      'Speaking to the Harbour Times, she shared that the oven was older than the shop.',
    );
    expect(claims.at(-1)).toMatchObject({ cue: 'shared', source: { text: 'she' } });
  });
});

describe('sharing a thing says nothing', () => {
  it.each([
    'Ana Lind shared a photo of the new oven.',
    'Residents shared concerns that the bridge would close.',
    'Recipes written and shared by the staff can be read online.',
  ])('%s', (text) => {
    expect(paragraphClaims('en', text).filter((c) => c.cue === 'shared')).toEqual([]);
  });
});
