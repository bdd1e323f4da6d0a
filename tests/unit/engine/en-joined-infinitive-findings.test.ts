/**
 * A finding verb's plain form joined by "and" to an infinitive names a purpose, as the
 * infinitive itself does ("to form a cabinet and find a partner"); a past form after "and"
 * is left to the other steps. Every sentence is the team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('finding verbs joined to an infinitive', () => {
  it('"to form a cabinet and find a partner" reports nothing', () => {
    expect(
      storyClaims('She hopes to form a cabinet and find a partner in Dunmore.', 'en'),
    ).toHaveLength(0);
  });

  it('an infinitive in a clause before still leaves a later finding', () => {
    const [c] = storyClaims(
      'The council wants to act, and a new audit found that the fund was empty.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'found', claim: 'the fund was empty' });
    expect(c?.source).toMatchObject({ text: 'a new audit', kind: 'document' });
  });
});
