/**
 * Indonesian "Warga lain, Slamet, mengatakan": a word for unnamed people with plain words
 * qualifying it, a comma, then the name speaking. The name is the source and the words before
 * the comma are the person's role. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('qualified people word before a named speaker', () => {
  it.each([
    ['Warga lain, Slamet (52), mengatakan air sungai naik cepat.', 'Slamet', 'Warga lain'],
    [
      'Salah satu pengemudi ojek daring, Anton Wijaya, mengatakan tarif baru memberatkan.',
      'Anton Wijaya',
      'Salah satu pengemudi ojek daring',
    ],
    [
      'Pedagang sayur, Rina Marlina, mengaku omzetnya turun separuh.',
      'Rina Marlina',
      'Pedagang sayur',
    ],
  ])('%s', (text, name, role) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
    expect(c?.source.role).toBe(role);
  });

  it('an institution before the comma is no role of the name', () => {
    const c = onlyClaim('Pemerintah kota, Budi Santoso, mengatakan jalan akan diperbaiki.', 'id');
    expect(c?.source.role ?? null).not.toBe('Pemerintah kota');
  });
});
