/**
 * Indonesian: after a verb-first cue, "yang enggan disebut namanya" closing the source phrase
 * says the speaker is a person left unnamed, whatever the noun before it ("pengelola", a
 * word firms use too): the clause belongs to the source, which is unnamed. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';

import { onlyClaim } from './helpers';

const only = (text: string) => onlyClaim(text, 'id');

describe('a withheld name after the noun of a verb-first cue', () => {
  it.each([
    [
      '"Kami akan evaluasi," kata pengelola yang enggan disebut namanya.',
      'pengelola yang enggan disebut namanya',
    ],
    [
      '"Renovasi molor," ujar pengelola gedung yang tidak mau disebutkan namanya.',
      'pengelola gedung yang tidak mau disebutkan namanya',
    ],
    [
      '"Izin sudah habis," tutur manajemen hotel yang menolak disebut namanya.',
      'manajemen hotel yang menolak disebut namanya',
    ],
  ])('%s', (text, source) => {
    const c = only(text);
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('an office keeps its unnamed official', () => {
    expect(
      only('"Kami akan evaluasi," kata manajer pasar yang enggan disebut namanya.')?.source.kind,
    ).toBe('unnamed_official');
  });

  it('a relative clause saying something else is no part of the source', () => {
    const c = only('"Kami akan evaluasi," kata pengelola yang baru dilantik itu.');
    expect(c?.flags ?? []).not.toContain('unnamed_source');
  });
});
