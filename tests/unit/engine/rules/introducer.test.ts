import { describe, expect, it } from 'vitest';
import { introducer } from '@/core/rules/introducer';
import { run } from '../helpers';

describe('introducer', () => {
  it('a subject that introduces listed claims', () => {
    expect(
      run(introducer, 'Analysts provided two theories: costs, scale and timing.', 'en'),
    ).toEqual([['theories', 'anonymous', 'Analysts']]);
  });

  it('"its key findings:" points back to the last document', () => {
    const found = run(
      introducer,
      'Among its key findings: the street you grow up on matters.',
      'en',
      {
        referents: [
          { text: 'a new report', kind: 'document', name: null, role: null, outlet: null },
        ],
      },
    );
    expect(found).toEqual([['key findings', 'document', 'its']]);
  });

  it.each(['The theories are many.', 'Her findings were published in May.'])(
    'no introducer: %s',
    (text) => {
      expect(run(introducer, text, 'en')).toEqual([]);
    },
  );

  it.each([
    ['Berikut penjelasan Kepala Dinas PUPR Rina Kartika:', 'named_person'],
    ['Penjelasan Rina Kartika: perbaikan jembatan butuh dua pekan.', 'named_person'],
    ['Berikut keterangan resmi Polda Jawa Barat: pelaku sudah ditangkap.', 'official_body'],
  ])('a noun of words said, its speaker, then a colon: %s', (text, kind) => {
    const found = run(introducer, text, 'id');
    expect(found).toHaveLength(1);
    expect(found[0]?.[1]).toBe(kind);
  });

  it.each(['Keterangan foto: petugas memeriksa kendaraan.', 'Berikut daftar harga hari ini:'])(
    'no speaker before the colon: %s',
    (text) => {
      expect(run(introducer, text, 'id')).toEqual([]);
    },
  );
});
