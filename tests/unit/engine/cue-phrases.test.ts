/**
 * The engine asks its rules only of sentences where a whole cue phrase starts (core/analyze.ts,
 * pack.cuePhrases). That table must hold every phrase of every cue table, or a rule's trigger
 * would be skipped; and a sentence with a cue's first word but no cue must stay claim-free.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { getPack, languageCodes } from '@/core/lang';
import { CUE_FIELDS } from '@/core/lang/compile';
import { tokenize } from '@/core/text';

describe('cue phrases pre-check', () => {
  for (const code of languageCodes()) {
    it(`${code}: every cue table's phrases match in the joined table`, () => {
      const pack = getPack(code);
      const missing: string[] = [];
      for (const field of CUE_FIELDS)
        for (const phrase of pack.data[field]) {
          const tokens = tokenize(phrase);
          if (pack.cuePhrases.matchAt(tokens, 0) === 0) missing.push(`${field}: ${phrase}`);
        }
      expect(missing).toEqual([]);
    });
  }

  it('finds the claim next to a cue, and none where only a first word of one stands', () => {
    const said = analyze({
      blocks: [{ text: 'The harbour master said the ferry would sail at noon.', type: 'p' }],
      langHint: 'en',
    });
    expect(said.claims.map((c) => c.cue)).toEqual(['said']);
    const none = analyze({
      blocks: [{ text: 'The ferry is in the harbour as the tide turns.', type: 'p' }],
      langHint: 'en',
    });
    expect(none.claims).toEqual([]);
  });
});
