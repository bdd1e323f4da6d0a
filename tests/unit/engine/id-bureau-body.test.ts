/**
 * Indonesian "biro" heads a government bureau ("Biro Investigasi Kecelakaan", "Biro Hukum"),
 * a body, not a person or a document; a travel or service bureau ("biro perjalanan") is a
 * firm. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { paragraphClaims } from './helpers';

const first = (text: string) => paragraphClaims('id', text)[0];

describe('"biro" as a body', () => {
  it.each([
    'Menurut Biro Statistik Negara Veloria, inflasi bulan lalu naik 0,4 persen.',
    '"Penyelidikan masih berjalan," kata Biro Investigasi Kecelakaan Transportasi Veloria.',
    'Biro Hukum Pemprov menegaskan aturan itu sudah berlaku sejak Januari.',
  ])('%s', (text) => {
    expect(first(text)?.source.kind).toBe('official_body');
  });

  it('a travel bureau is a firm', () => {
    const c = first('Biro perjalanan Lintas Nusa mengatakan semua kursi sudah terjual.');
    expect(c?.source.kind).toBe('organization');
  });
});
