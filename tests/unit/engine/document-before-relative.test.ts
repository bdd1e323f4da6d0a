/**
 * A document phrase the plain collection cannot read whole ("A draft of the policy"), then a
 * relative clause set off by commas, then the verb: the document is the source, the clause
 * kept in its phrase as for "The report, which ..., says". Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a document before a relative clause', () => {
  it.each([
    [
      'A draft of the zoning plan, a copy of which was seen by Wirely, says fees will double.',
      'A draft of the zoning plan, a copy of which was seen by Wirely',
    ],
    [
      'A draft of the zoning plan, which council members received on Friday, says fees will double.',
      'A draft of the zoning plan, which council members received on Friday',
    ],
  ])('%s', (text, source) => {
    const [c] = storyClaims(text, 'en');
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toBe('fees will double');
  });

  it("an adverb before the aside's participle: the document, not the outlet, is the source", () => {
    const [c] = storyClaims(
      'A review by the harbour board, first reported by Wirely, found that audits were skipped.',
      'en',
    );
    expect(c?.source.kind).toBe('document');
    expect(c?.source.text).toBe('A review by the harbour board, first reported by Wirely');
  });

  it('a carrying aside after a document leaves no comma in the source', () => {
    const [c] = storyClaims(
      'A statement from the harbour board, carried by Wirely, said the pier was safe.',
      'en',
    );
    expect(c?.source.text).toBe('A statement from the harbour board');
    expect(c?.source.via).toBe('Wirely');
  });

  it('a clause between commas that is no relative leaves no document source', () => {
    const claims = storyClaims('A draft of the zoning plan, officials say, doubles fees.', 'en');
    expect(claims.map((c) => c.source.kind)).not.toContain('document');
  });
});
