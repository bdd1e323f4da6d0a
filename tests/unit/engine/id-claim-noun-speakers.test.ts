/**
 * "Menurut keterangan Kapolsek X AKP Budi, korban ...", "Menurut penjelasan ...", "Menurut
 * cerita warga, ...": a noun of saying after the cue, then its speaker, then the claim after
 * the comma. The speaker ends at the comma (what follows is the claim, not an appositive).
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('Indonesian speakers after a noun of saying', () => {
  it.each([
    [
      'Menurut keterangan Kapolsek Tegalrejo AKP Wahyu Hidayat, korban mengalami luka ringan.',
      'named_person',
      'Kapolsek Tegalrejo AKP Wahyu Hidayat',
    ],
    [
      'Berdasarkan keterangan Kepala Desa Sukamaju Darto Wiyono, korban tinggal sendirian.',
      'named_person',
      'Kepala Desa Sukamaju Darto Wiyono',
    ],
    ['Menurut keterangan Wahyu, korban mengalami luka ringan.', 'named_person', 'Wahyu'],
    [
      'Menurut penjelasan Kepala Puskesmas Tegalrejo, Rina Kartika, korban sudah sadar.',
      'named_person',
      'Kepala Puskesmas Tegalrejo, Rina Kartika',
    ],
    ['Menurut cerita warga, korban dikenal ramah.', 'anonymous', 'warga'],
  ])('%s', (text, kind, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe(kind);
    expect(c?.source.text).toBe(source);
    expect(c?.claim.startsWith('korban')).toBe(true);
  });
});
