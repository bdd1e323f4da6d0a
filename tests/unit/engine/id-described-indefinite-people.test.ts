/**
 * "Seorang <noun for a person> <words no lexicon lists> <Name> mengatakan": the whole phrase
 * is the (unnamed) person, not the name closing it; so is a source's noun opening the
 * sentence with such words after it, when the name is a listed place, body or organization
 * (an unknown name there may be a person's). The name was read as a country speaking
 * or as a person's name. A verb between the noun and the name still ends the phrase.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Gelombang pengungsi dari wilayah perbatasan terus bertambah sejak pekan lalu.';
const last = (text: string) => paragraphClaims('id', LEAD, text).at(-1);

describe('an indefinite person described before a name', () => {
  it.each([
    ['Seorang pekerja migran Indonesia mengatakan upahnya belum dibayar.', 'anonymous'],
    ['Seorang pejabat pertahanan sipil Lintang mengatakan 12 orang terjebak.', 'unnamed_official'],
    [
      'Seorang juru bicara pasukan penjaga perdamaian PBB menyebut situasi tegang.',
      'unnamed_official',
    ],
    ['Seorang anggota tim perunding Lintang mengatakan pembicaraan buntu.', 'unnamed_official'],
  ])('%s', (text, kind) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.source.text.startsWith('Seorang')).toBe(true);
    expect(claim?.source.name).toBeNull();
  });

  it.each([
    ['Pejabat pertahanan sipil Suriah mengatakan 12 orang terjebak.', 'unnamed_official'],
    ['Para pekerja migran Indonesia mengatakan upah mereka ditahan.', 'anonymous'],
    ['Juru bicara pasukan penjaga perdamaian PBB menyebut situasi tegang.', 'unnamed_official'],
  ])('opening the sentence: %s', (text, kind) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe(kind);
    expect(claim?.sentence.startsWith(claim?.source.text ?? '-')).toBe(true);
  });

  it('a title before the name keeps it a person', () => {
    const claim = last('Dokter gigi drg. Rina Adiwangsa mengatakan warga perlu rutin periksa.');
    expect(claim?.source).toMatchObject({ kind: 'named_person', name: 'Rina Adiwangsa' });
  });

  it('a verb before the name ends the phrase', () => {
    const claim = last('Seorang warga menyaksikan Rina Adiwangsa mengatakan hal itu di pasar.');
    expect(claim?.source.text).not.toMatch(/^Seorang warga menyaksikan/);
  });
});
