/** A person's short name in parentheses after their full name and role: the name is the
 * speaker's, the short name no role, and later mentions by the short name are that person. */
import { describe, expect, it } from 'vitest';
import { lastSource, sourceIn } from './helpers';

describe('short name in parentheses after a role and a full name', () => {
  it.each([
    [
      'Wali Kota Sukamaju Hendra Wijaya Kusuma (Hewi) menjelaskan alasan penutupan pasar.',
      'Wijaya Kusuma',
    ],
    ['Menteri Perikanan Rahmat Santoso (Rahmat) mengatakan stok ikan cukup.', 'Rahmat Santoso'],
  ])('%s', (sentence, name) => {
    const source = lastSource('id', sentence);
    expect(source?.kind).toBe('named_person');
    expect(source?.name).toContain(name);
    expect(source?.role ?? '').not.toContain('(');
  });

  it('finds the person again by the short name alone', () => {
    const sentences = [
      'Wali Kota Sukamaju Hendra Wijaya Kusuma (Hewi) menjelaskan alasan penutupan pasar.',
      'Hewi menganggap, keputusan itu adalah jalan terbaik bagi para pedagang.',
    ];
    const source = sourceIn('id', sentences, 1);
    expect(source?.kind).toBe('named_person');
    expect(source?.resolvesTo).toBeTruthy();
  });

  it.each([
    'Direktur Utama PT Sinar Laut (Persero) mengatakan kapal baru tiba bulan depan.',
    'Kepala Dinas Kesehatan Jawa Barat (Dinkes) mengatakan kasus demam turun.',
  ])('keeps a firm or an office unnamed: %s', (sentence) => {
    expect(lastSource('id', sentence)?.kind).not.toBe('named_person');
  });
});
