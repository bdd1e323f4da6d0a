/**
 * An unnamed member of a body whose words run in lower case before its place's name
 * ("juru bicara angkatan udara Lintang", "anggota dewan kota Sarana") is an unnamed
 * official: the armed forces' words and a place's noun belong to the phrase, so it is not
 * cut to the place's name (read as a government or a person). The force itself speaks as a
 * body. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Pertempuran di sekitar Kota Lintang berlanjut hingga Selasa malam.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('a member of a force or a regional body, unnamed', () => {
  it.each([
    ['Seorang juru bicara angkatan udara Valdoria mengatakan 12 drone ditembak jatuh.'],
    ['Seorang komandan pasukan Valdoria mengatakan serangan meningkat sejak pagi.'],
    ['Seorang anggota staf umum angkatan bersenjata Valdoria menyebut garis depan stabil.'],
    ['Seorang perwira batalion Valdoria mengatakan pasukannya kekurangan amunisi.'],
    ['Seorang pejabat pemerintah provinsi Sarana mengatakan 20 desa terisolasi.'],
    ['Seorang anggota dewan kota Sarana menilai anggaran banjir terlalu kecil.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.sentence).toBe(text);
    expect(claim?.source.kind).toBe('unnamed_official');
    expect(claim?.source.text.startsWith('Seorang')).toBe(true);
  });
});

describe('the force or the regional government itself', () => {
  it.each([
    ['Angkatan laut Valdoria menyatakan kapal itu sudah kembali ke pangkalan.'],
    ['Pasukan keamanan Valdoria mengatakan situasi sudah terkendali.'],
    ['Pemerintah kota Sarana mengatakan jalan itu ditutup selama sepekan.'],
  ])('%s', (text) => {
    expect(last(text)?.source.kind).toBe('official_body');
  });
});
