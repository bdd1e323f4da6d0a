/** "claims" with a share of a whole or a title as its object ("claims most of the bay",
 * "claims sovereignty over the atoll"), or with the noun its relative clause describes ("the
 * atoll it claims"), claims a holding, not words. A clause after the verb, "responsibility"
 * and a claim set off before the speaker still report. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim, paragraphClaims } from './helpers';

describe('claims to a holding', () => {
  it.each([
    'Marovia claims most of the bay, through which much of the grain trade passes.',
    'Marovia claims much of the gulf and is dredging reefs there.',
    'The republic also claims parts of the lagoon.',
    'Marovia claims almost the entire archipelago, thought to be rich in nickel.',
    'Marovia claimed sovereignty over the atoll in 1951.',
    'Patrol boats shadowed the trawlers near the atoll it claims, weeks after the talks broke down.',
  ])('a holding claimed says nothing: %s', (text) => {
    const claims = paragraphClaims('en', text).filter((c) => c.cue.startsWith('claim'));
    expect(claims).toHaveLength(0);
  });

  it.each([
    ['Marovia claims most of the ballots were forged.', 'most of the ballots were forged'],
    ['The militia claimed responsibility for the blast.', 'responsibility for the blast'],
    ['The atoll is ours, Marovia claims.', 'The atoll is ours'],
  ])('%s', (text, claim) => {
    expect(onlyClaim(text, 'en')?.claim).toBe(claim);
  });
});
