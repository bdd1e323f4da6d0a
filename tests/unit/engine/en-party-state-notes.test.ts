/** A titled name with a party-and-state note in parentheses ("Senator Jane Roe (D-Ohio)") is
 * that person; a capitalised word alone in parentheses may be an acronym or a firm's form and
 * keeps the phrase as it was. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a note in parentheses after a titled name', () => {
  it.each([
    ['Senator Tom Vale (R-Ohio) said the vote would be close.', 'Tom Vale'],
    ['Rep. Ruth Hale (D-Maine) told reporters the bill would pass.', 'Ruth Hale'],
  ])('%s', (text, name) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it('an acronym in parentheses is no note', () => {
    const claim = onlyClaim(
      'The convoy was hit at dawn, said a duty officer at the Harbour Response Unit (HRU).',
      'en',
    );
    expect(claim?.source.kind).not.toBe('named_person');
  });
});
