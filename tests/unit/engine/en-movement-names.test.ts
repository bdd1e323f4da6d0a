/** A title-case name the article writes after "the" and before a lower-case organization's
 * word ("the Clean Rivers Now movement") is that group's, so the bare name later is an
 * organization; a person's name before a capitalised firm word is unaffected, and a name
 * with no such evidence stays a person. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('movement names', () => {
  it('a name written as "the <name> movement" before is the group', () => {
    const c = lastClaim(
      'The mayor has long criticised the Clean Rivers Now movement. || ' +
        'Clean Rivers Now contends the dam has poisoned the valley.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'organization', basis: 'institution-name' });
  });

  it('with no such evidence the name stays a person', () => {
    const c = lastClaim('Harriet Vane Lowe contends the dam has poisoned the valley.', 'en');
    expect(c?.source.kind).toBe('named_person');
  });
});
