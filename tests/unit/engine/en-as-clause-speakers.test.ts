/** After a comma, "as" opens a second speaker's clause when the second verb has words of its
 * own ("X said A, as the premier vowed to push on with B"): two records. "..., as Reuters
 * reported on Monday" only tells where the first claim was read. Sentences are written for
 * these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'The harbour budget was published on Saturday.';

function claimsOf(text: string) {
  return paragraphClaims('en', LEAD, text).map((c) => [c.cue, c.source.text, c.claim]);
}

describe('a second speaker after ", as"', () => {
  it('two records', () => {
    expect(
      claimsOf(
        'The council said it would raise dredging spending, as the mayor vowed to push on with the new quay.',
      ),
    ).toEqual([
      ['said', 'The council', 'it would raise dredging spending'],
      ['vowed', 'the mayor', 'to push on with the new quay'],
    ]);
  });

  it.each([
    'The council said it would raise dredging spending, as the Harbour Post reported on Monday.',
    'The council said it would raise dredging spending, as officials had predicted.',
  ])('one record: %s', (text) => {
    expect(claimsOf(text)).toHaveLength(1);
  });
});
