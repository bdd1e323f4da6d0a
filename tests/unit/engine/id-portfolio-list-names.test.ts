/**
 * Offices whose names list their fields with commas ("Dinas Pemuda, Olahraga, dan
 * Pariwisata", "Pusat Data, Informasi, dan Komunikasi Kebencanaan"): the commas belong to the
 * name, so the person after it is the one who speaks, with the whole office as the role. A
 * list of people stays a list. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Gempa bermagnitudo 5,4 mengguncang Kabupaten Lembah Wangi pada Senin pagi.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('an office named with a list of its fields', () => {
  it.each([
    [
      '"Tidak ada potensi tsunami," kata Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Arif Santika.',
      'Arif Santika',
    ],
    [
      'Kepala Dinas Kesehatan, Pengendalian Penduduk, dan Keluarga Berencana Kabupaten Lembah Wangi, Nurul Aini, mengatakan tim medis sudah dikirim.',
      'Nurul Aini',
    ],
    [
      '"Kami kirim tim medis," ujar Kepala Dinas Kesehatan, Pengendalian Penduduk, dan Keluarga Berencana Kabupaten Lembah Wangi, Nurul Aini.',
      'Nurul Aini',
    ],
    [
      'Menurut Kepala Dinas Pemuda, Olahraga, dan Pariwisata Lembah Wangi, Sandi Purnama, festival ditunda.',
      'Sandi Purnama',
    ],
    [
      'Menteri Pendidikan, Kebudayaan, Riset, dan Teknologi Rahmat Hidayat mengatakan sekolah diliburkan.',
      'Rahmat Hidayat',
    ],
    [
      'Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Yohanes Tamba menyatakan situasi terkendali.',
      'Yohanes Tamba',
    ],
  ])('%s', (text, name) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
    expect(claim?.source.text).toContain(', dan ');
  });
});

describe('a list of people is no office', () => {
  it('the list stays apart', () => {
    const claim = last('Budi, Rina, dan Joko mengatakan rumah mereka retak.');
    expect(claim?.source.text).not.toContain('Budi, Rina');
  });
});
