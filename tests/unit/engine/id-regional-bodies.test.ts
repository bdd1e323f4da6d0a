/**
 * Indonesian regional police, army and court bodies named with their region ("Polda Metro
 * Jaya", "Kodam Jaya", "Pengadilan Negeri Sukamaju"): the region is part of the body's name,
 * so an unnamed member ("penyidik Polda ...") is an unnamed official, not a person named after
 * the region. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

const source = (text: string) => lastClaim(text, 'id')?.source;

describe("a region's name after a regional body is the body's", () => {
  it.each([
    'Penyidik Polda Metro Jaya mengatakan tersangka sudah ditahan sejak Senin.',
    'Tersangka sudah ditahan sejak Senin, kata penyidik Polda Jawa Barat.',
    'Penyidik Polda Sumatera Utara menyebutkan kerugian mencapai Rp 2 miliar.',
    'Anggota Kodam Jaya mengatakan jalan menuju Sukamaju ditutup.',
    'Majelis hakim Pengadilan Negeri Sukamaju menilai terdakwa terbukti menipu.',
  ])('%s', (text) => {
    expect(source(text)).toMatchObject({ kind: 'unnamed_official', name: null });
  });

  it("a name right after a legislature's word is a person's (no rank comes first there)", () => {
    const s = source('Anggota DPRD Budi Santoso mengatakan anggaran jalan sudah habis tahun ini.');
    expect(s).toMatchObject({ kind: 'named_person', name: 'Budi Santoso' });
  });

  it('a name after a rank after the region is the named person', () => {
    const s = source('Penyidik Polda Metro Jaya AKBP Budi Santoso mengatakan tersangka ditahan.');
    expect(s).toMatchObject({ kind: 'named_person', name: 'Budi Santoso' });
  });
});

describe("the judges' panel", () => {
  // A panel of judges is the unnamed judges hearing the case (people with an official role),
  // as "ketua majelis hakim" with no name is; the court speaking as an institution is
  // "pengadilan".
  it.each([
    'Majelis hakim menyatakan terdakwa bersalah dan menjatuhkan hukuman lima tahun penjara.',
    'Terdakwa bersalah, kata majelis hakim dalam sidang di Pengadilan Negeri Sukamaju.',
  ])('%s', (text) => {
    expect(source(text)).toMatchObject({ kind: 'unnamed_official', name: null });
  });
});
