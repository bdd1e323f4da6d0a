/** matchesOutsideQuotes: every match of a phrase table outside quotations. */
import { describe, expect, it } from 'vitest';
import { PhraseTable } from '@/core/lang/compile';
import { matchesOutsideQuotes } from '@/core/rules/util';
import { ctx } from './helpers';

describe('matchesOutsideQuotes', () => {
  it("finds a pack table's phrases, skipping quotations", () => {
    const c = ctx('The mayor said "they said no" and then said more.', 'en');
    const found = matchesOutsideQuotes(c, c.pack.speakerVerbs).map(([at]) => c.tokens[at]?.text);
    expect(found).toEqual(['said', 'said']);
  });

  it('finds nothing, without a scan, where no word of the table is in the sentence', () => {
    const c = ctx('The harbour reopened on Tuesday.', 'en');
    expect(matchesOutsideQuotes(c, c.pack.speakerVerbs)).toEqual([]);
  });

  it("scans a table that is not the pack's", () => {
    const c = ctx('The harbour reopened on Tuesday.', 'en');
    const table = new PhraseTable(['reopened on']);
    expect(matchesOutsideQuotes(c, table)).toEqual([[2, 2]]);
  });
});
