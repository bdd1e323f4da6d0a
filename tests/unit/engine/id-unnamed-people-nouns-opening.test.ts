/**
 * Indonesian: unnamed people written with a noun for people by its form and no counting word
 * before it ("Pemilik rumah mengatakan", "Pegiat lingkungan menilai"). The noun opens its
 * phrase as a determiner would, and its capital at the sentence's start makes no name.
 * Sentences with a thing's noun there give no such speaker. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim, storyClaims } from './helpers';

const id = (text: string) => lastClaim(text, 'id');

describe('a noun for people opening the subject', () => {
  it.each([
    ['Pemilik rumah mengatakan api berasal dari dapur.', 'Pemilik rumah'],
    ['Kemarin, pemilik rumah mengatakan api berasal dari dapur.', 'pemilik rumah'],
    ['Pengunjung mal mengatakan antrean mengular sejak pagi.', 'Pengunjung mal'],
    [
      'Pemilik warung di dekat lokasi mengatakan ia mendengar teriakan.',
      'Pemilik warung di dekat lokasi',
    ],
    ['Pegiat lingkungan menilai proyek itu merusak hutan.', 'Pegiat lingkungan'],
  ])('%s', (sentence, text) => {
    const c = id(sentence);
    expect(c?.source).toMatchObject({ kind: 'anonymous', text, name: null });
    expect(c?.flags).toContain('unnamed_source');
  });

  it.each([
    'Pedoman itu menyebutkan bahwa setiap sekolah wajib punya ruang isolasi.',
    'Peristiwa itu menunjukkan bahwa pengawasan lemah.',
  ])('a thing opening the sentence is no unnamed speaker: %s', (sentence) => {
    const kinds = storyClaims(sentence, 'id').map((c) => c.source.kind);
    expect(kinds).not.toContain('anonymous');
    expect(kinds).not.toContain('named_person');
  });

  it('a full name opening the sentence is still a person', () => {
    const c = id('Permana Adiputra mengatakan kios itu akan dibongkar.');
    expect(c?.source).toMatchObject({ kind: 'named_person', name: 'Permana Adiputra' });
  });
});
