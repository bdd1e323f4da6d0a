/** Stage outlet-document: an outlet's report is a named document, a state outlet's report is
 * state media speaking. */
import { describe, expect, it } from 'vitest';
import { outletDocument } from '@/core/source/stages/outlet-document';
import { decide, lastSource } from './helpers';

describe('stage outlet-document', () => {
  it("a private outlet's report is a document published by it", () => {
    expect(
      lastSource('id', 'Laporan Daily Planet menyebutkan panen tahun ini memecahkan rekor.'),
    ).toMatchObject({ kind: 'document', outlet: 'daily-planet', basis: 'outlet-document' });
  });

  it("a state outlet's report is state media", () => {
    expect(
      decide(
        outletDocument,
        'Laporan Statenews menyebutkan panen memecahkan rekor.',
        'Laporan Statenews',
        'id',
      ),
    ).toMatchObject({
      kind: 'state_media',
      outlet: 'statenews',
      basis: 'outlet-document/state-media',
    });
  });

  it('passes when the outlet comes first', () => {
    expect(
      decide(
        outletDocument,
        'Statenews correspondent Tom Hale said so.',
        'Statenews correspondent Tom Hale',
        'en',
      ),
    ).toBeNull();
  });
});
