/** Stage earlier-caps: capitalised words no lexicon knows, seen before or all acronyms. */
import { describe, expect, it } from 'vitest';
import { earlierCaps } from '@/core/source/stages/earlier-caps';
import { decide, lastSource } from './helpers';

describe('stage earlier-caps', () => {
  it('an acronym with a determiner is an institution', () => {
    expect(lastSource('en', 'The HVRB said the crash was under review.')).toMatchObject({
      kind: 'organization',
      basis: 'earlier-caps/acronym',
    });
  });

  it('an acronym named after a document noun before is its owner, not the document', () => {
    expect(
      lastSource(
        'id',
        '"Permintaan melemah," ujar keterangan BKT yang dikutip Wirely.',
        'BKT memperkirakan ekspor turun tahun ini.',
      ),
    ).toMatchObject({ kind: 'organization', basis: 'earlier-caps/acronym' });
  });

  it('an acronym spelt out after a party is that party, a body, with its determiner', () => {
    expect(
      lastSource(
        'en',
        'Her main partner is the Civic Renewal Party (CRP).',
        'At a rally on Sunday, the CRP said it would leave the coalition.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'earlier-caps/acronym' });
  });

  it("an acronym of the last public body's initials, with no brackets, is that body", () => {
    expect(
      lastSource(
        'en',
        'The Velmar National Rescue Party said it would not accept the results.',
        'The VNRP, which claims it won most seats, said it would march on Friday.',
      ),
    ).toMatchObject({ kind: 'official_body', basis: 'earlier-caps/acronym' });
  });

  it("an acronym that is not the last body's initials stays an organization", () => {
    expect(
      lastSource(
        'en',
        'The Velmar National Rescue Party said it would not accept the results.',
        'The HVRB said the crash was under review.',
      ),
    ).toMatchObject({ kind: 'organization', basis: 'earlier-caps/acronym' });
  });

  it('passes on lower-case words', () => {
    expect(decide(earlierCaps, 'the crowd said no.', 'the crowd', 'en')).toBeNull();
  });
});
