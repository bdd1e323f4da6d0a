/**
 * A basis inside the claim that follows a speaker ("Budi mengatakan sekolah itu dibuka
 * kembali berdasarkan ketentuan pemerintah daerah") is part of what the speaker says: it
 * carried nothing to the article, so it is no `via`. Set off after the speaker by a comma it
 * still is. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim, storyClaims } from './helpers';

describe('a basis inside the claim is no via', () => {
  it.each([
    'Rina mengatakan sekolah itu dibuka kembali berdasarkan ketentuan pemerintah daerah.',
    'Dikatakan Rina bahwa sekolah itu dibuka kembali berdasarkan ketentuan pemerintah daerah.',
    'Rina mengatakan harga gabah naik lima persen berdasarkan laporan Kabar Harian.',
  ])('%s', (text) => {
    const c = storyClaims(text, 'id').find((x) => x.source.text === 'Rina');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.via ?? null).toBeNull();
  });

  it('English too', () => {
    const c = onlyClaim('Rina Tan said the school reopened based on the county rules.', 'en');
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('a basis set off after the speaker still carries the words', () => {
  it('"kata Rina, berdasarkan laporan Reuters"', () => {
    const c = onlyClaim('"Lembah itu aman," kata Rina, berdasarkan laporan Reuters.', 'id');
    expect(c?.source.via).toContain('Reuters');
  });
});
