/**
 * "Tudingan itu dibantah oleh X", "Tuduhan tersebut dibantah X": a denial in the passive,
 * its agent after the verb, with or without "oleh". Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const ACCUSATION = 'Warga menuding kepala desa menyelewengkan dana bantuan.';

describe('Indonesian passive denial with its agent after the verb', () => {
  it.each([
    [
      'Tudingan itu dibantah oleh Kepala Desa Sukamaju Darsono.',
      'Kepala Desa Sukamaju Darsono',
      'named_person',
    ],
    [
      'Tuduhan tersebut dibantah Wakil Bupati Lestari Wulandari.',
      'Wakil Bupati Lestari Wulandari',
      'named_person',
    ],
    ['Tuduhan itu dibantah PT Sinar Abadi.', 'PT Sinar Abadi', 'organization'],
  ])('%s', (text, source, kind) => {
    const claims = paragraphClaims('id', ACCUSATION, text);
    const denial = claims.find((c) => c.rule === 'passive-by');
    expect(denial?.source.text).toBe(source);
    expect(denial?.source.kind).toBe(kind);
  });

  it('no source after the verb, no claim', () => {
    const claims = paragraphClaims('id', ACCUSATION, 'Tuduhan itu dibantah dengan keras.');
    expect(claims.filter((c) => c.rule === 'passive-by')).toEqual([]);
  });
});
