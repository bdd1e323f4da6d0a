/**
 * A movement, a militia or an armed group named after its word ("kelompok Zorva", "gerakan
 * Zorva", "milisi Zorva") speaks as an organization, not as a person called so; the bare name
 * later in the story is the same organization. A group of residents stays unnamed people.
 * Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Bentrokan di perbatasan Lintang kembali pecah pada Senin pagi.';
const last = (...paragraphs: string[]) => paragraphClaims('id', LEAD, ...paragraphs).at(-1);

describe('a group word before a name', () => {
  it.each([
    ['Kelompok Zorva mengatakan serangan itu balasan atas penangkapan anggotanya.'],
    ['Kelompok militan Zorva menyatakan tidak akan menyerahkan senjata.'],
    ['Gerakan Zorva menyebut tawaran gencatan senjata itu tidak serius.'],
    ['Milisi Zorva mengklaim telah menembak jatuh dua pesawat nirawak.'],
  ])('%s', (text) => {
    const claim = last(text);
    expect(claim?.source.kind).toBe('organization');
    expect(claim?.source.name).toBeNull();
  });

  it('the bare name after the group was introduced', () => {
    const claim = last(
      'Kelompok bersenjata Zorva menguasai kota itu sejak tahun lalu.',
      'Zorva mengatakan pasukannya tidak akan mundur.',
    );
    expect(claim?.source).toMatchObject({ text: 'Zorva', kind: 'organization' });
  });

  it('a group of residents is unnamed people', () => {
    expect(last('Kelompok warga mengatakan air belum juga surut.')?.source.kind).toBe('anonymous');
  });
});

describe('movements the registry knows, named alone', () => {
  it.each([
    ['Hamas mengatakan pihaknya sudah menerima usulan gencatan senjata itu.'],
    ['Hizbullah menyatakan roket itu ditembakkan sebagai balasan.'],
    ['Houthi mengklaim telah menyerang sebuah kapal tanker di Laut Merah.'],
    ['Taliban membantah pasukannya menyerang pos perbatasan itu.'],
  ])('%s', (text) => {
    expect(last(text)?.source).toMatchObject({ kind: 'organization', name: null });
  });

  it('an unnamed member of one is an unnamed official', () => {
    const claim = last('Seorang pejabat Hamas mengatakan perundingan akan dilanjutkan.');
    expect(claim?.source.kind).toBe('unnamed_official');
  });
});
