/** "Ia menceritakan kisah desa itu", "Budi menulis buku tentang ...": a story told or a work
 * written reports no words; "menceritakan bahwa ..." still does. Every sentence is the team's
 * own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('a story told or a work written', () => {
  it.each([
    'Ia juga menceritakan kisah sayur buatan neneknya yang unik.',
    'Budi menulis buku tentang sejarah desa itu.',
    'Pemandu wisata menceritakan sejarah benteng itu kepada rombongan.',
  ])('%s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });

  it('what someone tells with "bahwa" is still reported', () => {
    const [c] = paragraphClaims('id', 'Budi menceritakan bahwa desa itu pernah dilanda banjir.');
    expect(c?.claim).toBe('desa itu pernah dilanda banjir');
  });
});
