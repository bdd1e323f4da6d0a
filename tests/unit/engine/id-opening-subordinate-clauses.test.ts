/**
 * "Setelah memastikan ..., saksi melapor", "Meski tidak merinci ..., Rina menegaskan ...": a
 * clause opened by a subordinating word ("setelah", "meski", "sebelum", "ketika") is no
 * source; its capitalised first word is no person's name. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

function claims(text: string) {
  return analyze({ blocks: [{ type: 'p', text }] }, { lang: 'id', registry: testRegistry }).claims;
}

describe('a subordinate clause opening the sentence', () => {
  it.each([
    'Setelah memastikan bahwa kapal itu tenggelam, nelayan langsung pulang ke desa.',
    'Sebelum mengumumkan hasil lomba, panitia memeriksa ulang semua nilai.',
  ])('names no speaker: %s', (text) => {
    expect(claims(text).map((c) => c.source.text)).not.toContain(text.split(' ')[0]);
  });

  it('leaves the main clause its own speaker', () => {
    const found = claims(
      'Meski tidak merinci jumlahnya, Rina Kartika menegaskan bantuan sudah dikirim.',
    );
    expect(found.map((c) => [c.source.kind, c.source.name])).toContainEqual([
      'named_person',
      'Rina Kartika',
    ]);
    expect(found.map((c) => c.source.text)).not.toContain('Meski');
  });
});
