/** "Ia menceritakan kisah desa itu", "Budi menulis buku tentang ...": a story told or a work
 * written reports no words, nor does a speech delivered ("menyampaikan pidato") or a list
 * announced ("mengumumkan daftar"); "menceritakan bahwa ..." or a quotation still does. Every sentence is the team's
 * own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a story told or a work written', () => {
  it.each([
    'Ia juga menceritakan kisah sayur buatan neneknya yang unik.',
    'Budi menulis buku tentang sejarah desa itu.',
    'Pemandu wisata menceritakan sejarah benteng itu kepada rombongan.',
    'Wali kota menyampaikan sambutan dalam peresmian pasar itu, Senin.',
    'Camat membacakan amanat Bupati pada upacara di lapangan desa.',
    'Panitia mengumumkan pemenang lomba mural pada Sabtu malam.',
    'Dinas Pendidikan mengumumkan daftar sekolah penerima bantuan pekan lalu.',
  ])('%s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });

  it('what someone tells with "bahwa" is still reported', () => {
    const [c] = paragraphClaims('id', 'Budi menceritakan bahwa desa itu pernah dilanda banjir.');
    expect(c?.claim).toBe('desa itu pernah dilanda banjir');
  });

  it('a speech delivered with its words quoted is still reported', () => {
    const claims = paragraphClaims(
      'id',
      'Wali kota menyampaikan sambutan: "Pasar ini milik warga, rawatlah bersama."',
    );
    expect(claims).toHaveLength(1);
  });
});
