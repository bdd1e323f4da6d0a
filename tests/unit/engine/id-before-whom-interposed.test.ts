/**
 * "Ketua fraksi X di hadapan Ketua Umum Partai Y Z menegaskan ...": before whom the
 * speaker spoke ("di hadapan", "di depan"), set between the subject and the
 * verb, was read as the speaker, since the audience stood right before the verb. An
 * interposer further back than a short phrase is now found from the phrase before the verb.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an audience between the subject and the verb', () => {
  it.each([
    [
      'Ketua Fraksi Budi Santoso di hadapan Ketua Umum Partai Harapan Dimas Pratama menegaskan aturan pemilu perlu direvisi.',
      'Ketua Fraksi Budi Santoso',
    ],
    [
      'Ketua Fraksi Budi Santoso dan Ketua Komisi Andi Wijaya di hadapan Ketua Umum Partai Harapan Dimas Pratama telah menegaskan aturan pemilu perlu direvisi.',
      'Ketua Fraksi Budi Santoso dan Ketua Komisi Andi Wijaya',
    ],
    ['Budi Santoso di depan Dimas Pratama mengatakan aturan pemilu akan direvisi.', 'Budi Santoso'],
    [
      'Menteri Keuangan Ratna Dewi kepada Ketua Komisi Anggaran Partai Harapan Dimas Pratama menegaskan defisit tetap terjaga.',
      'Menteri Keuangan Ratna Dewi',
    ],
  ])('%s', (text, source) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.text).toBe(source);
    expect(c?.source.kind).toBe('named_person');
  });

  it('"depan" of a time is no audience', () => {
    const c = onlyClaim('Pekan depan Budi Santoso mengatakan aturan pemilu akan direvisi.', 'id');
    expect(c?.source.text).toBe('Budi Santoso');
  });
});
