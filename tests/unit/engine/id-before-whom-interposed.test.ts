/**
 * Session 27: "Ketua DPR X di hadapan Ketua Umum Partai Y Z menjanjikan ...": before whom the
 * speaker spoke ("di hadapan", "dihadapan", "di depan"), set between the subject and the
 * verb, was read as the speaker, since the audience stood right before the verb. An
 * interposer further back than a short phrase is now found from the phrase before the verb.
 * Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('an audience between the subject and the verb', () => {
  it.each([
    [
      'Ketua DPR Budi Santoso di hadapan Ketua Umum Partai Harapan Dimas Pratama menjanjikan tambahan kursi pimpinan.',
      'Ketua DPR Budi Santoso',
    ],
    [
      'Ketua DPR Budi Santoso dan Ketua MPR Andi Wijaya dihadapan Ketua Umum Partai Harapan Dimas Pratama telah menjanjikan tambahan kursi pimpinan.',
      'Ketua DPR Budi Santoso dan Ketua MPR Andi Wijaya',
    ],
    [
      'Budi Santoso di depan Dimas Pratama mengatakan kursi pimpinan akan ditambah.',
      'Budi Santoso',
    ],
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
    const c = onlyClaim('Pekan depan Budi Santoso mengatakan kursi pimpinan akan ditambah.', 'id');
    expect(c?.source.text).toBe('Budi Santoso');
  });
});
