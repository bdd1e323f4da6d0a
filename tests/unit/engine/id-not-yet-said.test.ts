/** "Belum" before a verb of saying: not yet said, so nothing is reported ("Polisi belum
 * mengumumkan nama tersangka"), with or without an adverb between them. The same verb
 * without it, or after "sudah", still reports. Every sentence is the team's own. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('not yet said', () => {
  it.each([
    'Dinas perhubungan belum mengumumkan jadwal baru kapal feri.',
    'Panitia lelang juga belum menyebutkan bahwa pemenangnya sudah dipilih.',
    'Pemerintah kota belum secara resmi mengumumkan kenaikan tarif parkir.',
    'Jakarta dan Canberra belum secara terbuka mengumumkan kesepakatan dagang itu.',
  ])('%s', (text) => {
    expect(paragraphClaims('id', text)).toEqual([]);
  });

  it('the same verb after "sudah" still reports', () => {
    const [c] = paragraphClaims(
      'id',
      'Dinas perhubungan sudah mengumumkan jadwal baru kapal feri.',
    );
    expect(c?.source.kind).toBe('official_body');
    expect(c?.claim).toBe('jadwal baru kapal feri');
  });

  it.each([
    'Dinas perhubungan belum lama ini mengumumkan jadwal baru kapal feri.',
    'Dinas perhubungan baru-baru ini mengumumkan jadwal baru kapal feri.',
  ])('"belum lama ini" (not long ago) is a time, and the verb reports: %s', (text) => {
    const [c] = paragraphClaims('id', text);
    expect(c?.source).toMatchObject({ kind: 'official_body', text: 'Dinas perhubungan' });
    expect(c?.claim).toBe('jadwal baru kapal feri');
  });
});
