/** A person's name closed by initials in parentheses ("Marion T. Quell (MTQ)") makes a later
 * "MTQ said" that person, not an institution's acronym. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (texts: string[], lang: 'en' | 'id' = 'en') => paragraphClaims(lang, ...texts);

describe('a person known by initials', () => {
  it('a name with a middle initial, then its acronym', () => {
    const [c] = claims([
      'The debate began with Marion T. Quell (MTQ) and her letter to the board.',
      'MTQ has long argued that the trust should sell the old pier.',
    ]);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.resolvesTo).toContain('Marion T. Quell');
  });

  it('a two-word name, then its acronym', () => {
    const [c] = claims([
      'A crowd greeted Tomas Okafor Ridley (TOR) outside the hall.',
      'TOR said the vote had been rigged.',
    ]);
    expect(c?.source.kind).toBe('named_person');
  });

  it('an institution with its acronym stays an institution', () => {
    const [c] = claims([
      'The Bureau of Harbors and Canals (BHC) closed the lock on Friday.',
      'BHC said the lock would reopen in May.',
    ]);
    expect(c?.source.kind).toBe('official_body');
  });

  it('Indonesian: a name and its initials', () => {
    const [c] = claims(
      [
        'Pendukung Rahmat Santoso Wiraguna (RSW) berkumpul di depan gedung dewan.',
        'RSW mengatakan pemungutan suara itu curang.',
      ],
      'id',
    );
    expect(c?.source.kind).toBe('named_person');
  });

  it('a capitalised thing with a code in brackets is no newer speaker for "-nya" or "dia"', () => {
    const found = claims(
      [
        'Direktur Keuangan Bank Sentosa Rudi Hartanto mengatakan penyaluran kredit tumbuh tahun ini.',
        'Sementara untuk program Kredit Pertanian Desa (KPD), total kredit yang disalurkan mencapai Rp3 triliun.',
        '"Kami akan mendorong kredit pada sektor pertanian," ujarnya.',
        'Rute baru itu antara lain Terminal Kota--Pasar Baru (K12) dan Taman Sari--Bukit Indah (K14).',
        '"Rute yang paling ramai adalah rute pasar," ungkap dia.',
      ],
      'id',
    );
    expect(found.map((c) => c.source.resolvesTo)).toEqual([null, 'Rudi Hartanto', 'Rudi Hartanto']);
  });
});
