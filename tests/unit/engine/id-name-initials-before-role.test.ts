/**
 * "Sementara Dimas S. Pratama, Ketua Persatuan Guru ... menegaskan": a name with
 * a middle initial and its dot, after an opener, then a comma and the role before the verb.
 * The dot and the opener made the words before the comma look like no bare name, so the
 * speaker was the role alone and the place closing it was taken for the person's name. Every
 * sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

describe('NAME, ROLE before the verb', () => {
  it.each([
    [
      'Sementara Dimas S. Pratama, Ketua Persatuan Guru Kabupaten Garut menegaskan, panitia lomba harus mengumumkan hasil penilaian.',
      'Dimas S. Pratama',
    ],
    [
      'Dimas S. Pratama, Ketua Persatuan Guru Kabupaten Garut menegaskan, panitia lomba harus mengumumkan hasil penilaian.',
      'Dimas S. Pratama',
    ],
    [
      'Sementara Dimas Pratama, Ketua Persatuan Guru Kabupaten Garut menegaskan, panitia lomba harus mengumumkan hasil penilaian.',
      'Dimas Pratama',
    ],
  ])('%s', (text, name) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe(name);
    expect(c?.source.role).toBe('Ketua Persatuan Guru Kabupaten Garut');
  });
});
