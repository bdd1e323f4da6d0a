/**
 * Indonesian "lembaga itu" (that institution) goes for public bodies and firms alike: pointing
 * back, it is the last institution that spoke, of either kind. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const last = (...paragraphs: string[]) => paragraphClaims('id', ...paragraphs).at(-1);

describe('"lembaga itu" pointing back', () => {
  it('to a public body', () => {
    const c = last(
      'Badan Pangan Lembah Hijau mencatat harga beras medium naik 5 persen.',
      'Lembaga itu menilai kenaikan masih wajar.',
    );
    expect(c?.source).toMatchObject({
      kind: 'official_body',
      resolvesTo: 'Badan Pangan Lembah Hijau',
    });
  });

  it('to an organization', () => {
    const c = last(
      'Yayasan Peduli Pangan menyebut harga beras medium naik 5 persen.',
      'Lembaga tersebut menilai pemerintah perlu menggelar operasi pasar.',
    );
    expect(c?.source.kind).toBe('organization');
  });
});
