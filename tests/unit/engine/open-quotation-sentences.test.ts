/**
 * A quotation opened in one sentence and left open runs on through the paragraph's next
 * sentences (a long quote is often closed only where it ends, or not at all before the next
 * paragraph): a cue inside it is the quoted speaker's, not the article's. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a sentence wholly inside a quotation opened before it carries no claim of its own', () => {
  it('the speaker is quoted; the finding inside the quote is theirs', () => {
    const claims = paragraphClaims(
      'en',
      '“We lost the first game,” said coach Ana Lind. “We are ready now. The squad has shown that it can adapt.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['said']);
  });

  it('a quote closed later in the paragraph keeps its middle sentences too', () => {
    const claims = paragraphClaims(
      'en',
      '“The vote was close. The audit found that the count was clean. We will not appeal,” the party said.',
    );
    expect(claims.map((c) => [c.cue, c.source.text])).toEqual([['said', 'the party']]);
  });

  it('the next paragraph starts afresh', () => {
    const claims = paragraphClaims(
      'en',
      '“We are ready now. The squad is fit.',
      'The report found that the pitch was unsafe.',
    );
    expect(claims.map((c) => [c.cue, c.source.kind])).toEqual([['found', 'document']]);
  });

  it('a closed quotation leaves the next sentence to the article', () => {
    const claims = paragraphClaims(
      'en',
      '“We are ready,” said coach Ana Lind. The report found that the pitch was unsafe.',
    );
    expect(claims.map((c) => c.cue)).toEqual(['said', 'found']);
  });
});
