/**
 * Indonesian outlets as relay and source: an outlet told after a speaker's apposition
 * ("kata Direktur PT X, Budi, kepada Wirely"), outlet names written in lower case
 * ("diberitakan detikcom", "menurut kumparan"), an outlet's own count or digging, a tabloid.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { createRegistry } from '@/core/outlets';
import { lastClaim, TEST_OUTLETS } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

/** The fixture outlets plus one whose brand is written in lower case. */
const lowerCase = createRegistry(
  [
    ...TEST_OUTLETS,
    {
      ...(TEST_OUTLETS[2] as (typeof TEST_OUTLETS)[number]),
      id: 'warta',
      name: 'wartaku',
      aliases: [],
      domains: ['wartaku.example'],
    },
  ],
  { base: [] },
);
const idLower = (text: string) =>
  analyze(
    { blocks: [{ type: 'p' as const, text }] },
    { lang: 'id', registry: lowerCase },
  ).claims.at(-1);

describe('an outlet told after the speaker and an apposition', () => {
  it.each([
    '"Kami siap," kata Direktur Utama PT Maju Jaya, Budi Santoso, kepada Wirely.',
    '"Kami siap," kata Budi Santoso, Direktur Utama PT Maju Jaya, kepada Wirely.',
  ])('%s', (text) => {
    const c = id(text);
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via).toBe('Wirely');
    expect(c?.claim).toBe('Kami siap');
  });
});

describe('an outlet whose name is written in lower case', () => {
  it.each([
    'Sebagaimana diberitakan wartaku, korban sempat dilarikan ke rumah sakit.',
    'Seperti diberitakan wartaku, korban sempat dilarikan ke rumah sakit.',
    'Menurut wartaku, korban sempat dilarikan ke rumah sakit.',
  ])('%s', (text) => {
    const c = idLower(text);
    expect(c?.source.kind).toBe('media');
    expect(c?.source.text).toBe('wartaku');
  });
});

describe("an outlet's own count or mention", () => {
  it.each([
    'Wirely mencatat setidaknya ada 12 kasus serupa sepanjang tahun ini.',
    'Daily Planet menyebut harga emas naik Rp5.000 per gram.',
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('media');
  });
});

describe("an outlet's own digging and a tabloid", () => {
  it.each([
    'Berdasarkan penelusuran Wirely, perusahaan itu tidak memiliki izin usaha.',
    'Investigasi Wirely menemukan aliran dana ke tiga rekening berbeda.',
    'Liputan Wirely menyebut warga sudah tiga hari terisolasi banjir.',
    'Tabloid itu mengklaim pasangan tersebut telah menikah diam-diam di Bali.',
  ])('%s', (text) => {
    expect(id(text)?.source.kind).toBe('media');
  });

  it('an investigation as a deed is no claim', () => {
    expect(id('Wirely melakukan investigasi selama enam bulan di Papua.')).toBeUndefined();
  });
});
