/**
 * "Rina menepis pernyataan Dewan Pendidikan bahwa ...": "menepis" (brushed off)
 * denies what its object says when the object is something said ("pernyataan", "kabar",
 * "klaim", "isu", "anggapan"), as "menolak tuduhan" does; with a ball ("menepis bola") it is
 * a keeper's save. The statement's "bahwa" made the statement's body the source instead of
 * the one denying it. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim, storyClaims } from './helpers';

describe('denying what was said', () => {
  it.each([
    ['Rina menepis pernyataan komite sekolah bahwa dana kegiatan sudah habis.', 'Rina'],
    ['Polisi menepis kabar adanya penculikan di sekolah itu.', 'Polisi'],
    ['Kepala desa menepis isu bahwa bantuan itu dipotong.', 'Kepala desa'],
    ['DPR menolak klaim pemerintah soal anggaran itu.', 'DPR'],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.text).toBe(source);
    expect(['menepis', 'menolak']).toContain(c?.cue);
  });

  it('a keeper parrying a ball says nothing', () => {
    expect(
      storyClaims('Kiper tim tamu menepis bola tendangan penalti itu dengan baik.', 'id'),
    ).toEqual([]);
  });
});
