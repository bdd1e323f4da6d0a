/** A reporting verb inside a relative clause that describes the source ("Roe, who estimated
 * that ..., said ...") is part of the source: the main verb's claim is the sentence's.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('a cue inside the relative clause of a source', () => {
  it.each([
    [
      'Dana Whitcombe, who estimated that half the crew had quit, said the ship would sail in May.',
      'en',
      'said',
      'the ship would sail in May',
    ],
    [
      'The mayor, who argued last year that the bridge was unsafe, told reporters the repairs were done.',
      'en',
      'told',
      'the repairs were done',
    ],
    [
      'Budi Santoso, yang memperkirakan bahwa separuh awak kapal berhenti, mengatakan bahwa kapal itu akan berlayar pada Mei.',
      'id',
      'mengatakan',
      'kapal itu akan berlayar pada Mei',
    ],
  ] as const)('%s', (text, lang, cue, claim) => {
    const c = onlyClaim(text, lang);
    expect(c?.cue).toBe(cue);
    expect(c?.claim).toBe(claim);
  });

  it('a relative clause with no verb after it keeps its own cue', () => {
    const c = onlyClaim('The ship was held by Dana Whitcombe, who said the crew had quit.', 'en');
    expect(c?.cue).toBe('said');
    expect(c?.claim).toBe('the crew had quit');
  });
});
