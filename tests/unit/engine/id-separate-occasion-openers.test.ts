/**
 * Indonesian "Terpisah, juru bicara X, Y, menyebut ...": a word saying the speaking happened
 * elsewhere ("terpisah", "dihubungi terpisah") opens the sentence before its comma; it is no
 * part of the source and no name. Sentences written by the team.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

describe('separate-occasion openers', () => {
  it.each([
    'Terpisah, juru bicara Pemkot Sukamaju, Yayan Rukmana, menyebut jalan itu akan diperbaiki.',
    'Dihubungi terpisah, juru bicara Pemkot Sukamaju, Yayan Rukmana, menyebut jalan itu akan diperbaiki.',
    'Di tempat terpisah, juru bicara Pemkot Sukamaju, Yayan Rukmana, menyebut jalan itu akan diperbaiki.',
  ])('%s', (text) => {
    const c = onlyClaim(text, 'id');
    expect(c?.source.kind).toBe('named_person');
    expect(c?.source.name).toBe('Yayan Rukmana');
    expect(c?.source.role).toBe('juru bicara Pemkot Sukamaju');
  });
});
