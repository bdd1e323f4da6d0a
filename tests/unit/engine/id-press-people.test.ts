/**
 * Indonesian words for the press's people ("jurnalis", "pewarta", "fotografer") are people
 * as "wartawan" is: one of an outlet's is the outlet's word ("seorang jurnalis AFP"); told
 * to them ("kepada pewarta") they stay an audience. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims, TEST_OUTLETS } from './helpers';

const claimsOf = (text: string) => paragraphClaims('id', text);
const wire = TEST_OUTLETS.find((o) => o.category === 'wire')?.name as string;

describe("one of an outlet's press people", () => {
  it.each([
    `Asap hitam membubung di atas pelabuhan pada Sabtu, menurut seorang jurnalis ${wire}.`,
    `Puluhan truk militer melintas di jalan utama, kata seorang fotografer ${wire}.`,
    `Menurut seorang pewarta ${wire} di lokasi, antrean mencapai dua kilometer.`,
  ])('%s', (text) => {
    expect(claimsOf(text)[0]?.source.kind).toBe('media');
  });

  it('told to them they are an audience, not the source', () => {
    const c = claimsOf('"Stok beras aman," kata Budi Santoso kepada pewarta di Jakarta.')[0];
    expect(c?.source.kind).toBe('named_person');
  });
});
