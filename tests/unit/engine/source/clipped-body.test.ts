/** Stage clipped-body: one capitalised word clipped from a ministry's name is the ministry. */
import { describe, expect, it } from 'vitest';
import { clippedBody } from '@/core/source/stages/clipped-body';
import { decide, lastSource } from './helpers';

describe('stage clipped-body', () => {
  it.each([
    'Kemenpora menyebut atlet itu sudah menerima bonus.',
    'Kemendikbudristek menegaskan, tidak ada kenaikan uang kuliah tahun ini.',
    'Menurut Kemenparekraf, kunjungan wisatawan naik 20 persen.',
  ])('%s', (sentence) => {
    expect(lastSource('id', sentence)).toMatchObject({
      kind: 'official_body',
      basis: 'clipped-body',
    });
  });

  it('passes on a word of the language that opens so', () => {
    expect(
      decide(clippedBody, 'Kemenangan menunjukkan strategi itu berhasil.', 'Kemenangan', 'id'),
    ).toBeNull();
  });

  it('passes on several words and on English copy', () => {
    expect(
      decide(clippedBody, 'Kemenpora Baru menyebut hal itu.', 'Kemenpora Baru', 'id'),
    ).toBeNull();
    expect(
      decide(clippedBody, 'Kemenpora said the athletes were paid.', 'Kemenpora', 'en'),
    ).toBeNull();
  });
});
