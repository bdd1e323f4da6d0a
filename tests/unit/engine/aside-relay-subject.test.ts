/**
 * "The filing, which was first reported by Reuters, alleges ...": a relay inside an aside
 * about the subject (a relative clause, or an aside the relay's own cue opens) describes the
 * subject; the subject's verb carries the claim, and the subject speaks. Every sentence is the
 * team's own (invented places, people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a relay in an aside about the subject', () => {
  it('a relative clause with "which"', () => {
    const [c] = storyClaims(
      'The court filing, which was first reported by the Dunmore Ledger, alleges that the firm hid losses.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'alleges', claim: 'the firm hid losses' });
    expect(c?.source.kind).toBe('document');
  });

  it('an aside the relay opens', () => {
    const [c] = storyClaims(
      'The lawsuit, first reported by the Dunmore Ledger, claims that the app sold location data.',
      'en',
    );
    expect(c).toMatchObject({ cue: 'claims' });
    expect(c?.source.kind).toBe('document');
  });

  it('an Indonesian relative with "yang"', () => {
    const [c] = storyClaims(
      'Gugatan itu, yang pertama kali dilaporkan oleh Harian Dunmore, menyebutkan bahwa perusahaan menyembunyikan kerugian.',
      'id',
    );
    expect(c).toMatchObject({ cue: 'menyebutkan' });
    expect(c?.source.kind).toBe('document');
  });

  it("a subject aside before a verb that is no cue stays the outlet's", () => {
    const [c] = storyClaims(
      'The rare visit, reported by the Dunmore Ledger, points to a thaw.',
      'en',
    );
    expect(c?.rule).toBe('passive-by');
  });
});
