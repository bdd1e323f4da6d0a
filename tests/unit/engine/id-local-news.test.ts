/**
 * Subjects Indonesian local news gives its claims, written by the team (none taken from the
 * corpus): the institution by its common noun ("pihak rumah sakit"), an unnamed role with
 * what it heads ("kepala sekolah"), people by what they did or are to the case ("tersangka",
 * "keluarga"), and a noun of saying before its speaker ("menurut penuturan warga").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import type { Claim } from '@/core/report';
import { testRegistry } from './helpers';

function only(text: string): Claim | undefined {
  const claims = analyze({ blocks: [{ type: 'p', text }] }, { lang: 'id', registry: testRegistry }).claims;
  expect(claims.length, 'one claim').toBe(1);
  return claims[0];
}

describe('Indonesian local-news subjects', () => {
  it.each([
    ['Pihak rumah sakit memastikan tidak ada pasien yang dipindahkan malam itu.', 'organization', 'Pihak rumah sakit'],
    ['Pihak sekolah menjelaskan bahwa ujian susulan digelar pekan depan.', 'organization', 'Pihak sekolah'],
    ['Kepala sekolah menyampaikan bahwa kelas daring hanya berlaku dua hari.', 'unnamed_official', 'Kepala sekolah'],
    ['Pihak keluarga menyebutkan korban berangkat kerja sejak subuh.', 'anonymous', 'Pihak keluarga'],
    ['Tersangka mengaku membeli bahan peledak itu lewat toko daring.', 'anonymous', 'Tersangka'],
    ['Pelaku mengaku sudah tiga kali membobol gudang yang sama.', 'anonymous', 'Pelaku'],
    ['Menurut penuturan pedagang, pasar sepi sejak jalan ditutup.', 'anonymous', 'pedagang'],
  ] as const)('%s', (text, kind, source) => {
    const claim = only(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text).toBe(source);
  });
});
