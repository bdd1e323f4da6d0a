/**
 * A sentence opened by whom the words were for ("Kepada Kompas.com,", "To reporters,") or by
 * a clause of when ("Saat dihubungi Kompas.com,", "When asked by Reuters,"): the phrase ends
 * at its comma, and the role and name after it are the speaker, not the outlet inside the
 * phrase with the speaker as its appositive. Written by the team, none taken from the corpus.
 */
import { describe, expect, it } from 'vitest';
import { onlyClaim } from './helpers';

const only = (text: string, lang: 'en' | 'id') => onlyClaim(text, lang);

describe('a fronted addressee or clause of when before a role and a name', () => {
  it.each([
    [
      'Kepada Wirely, Kepala Dinas Perhubungan Kota Tegalsari Andi Kurniawan mengaku jalur itu ditutup.',
      'Kepala Dinas Perhubungan Kota Tegalsari Andi Kurniawan',
    ],
    [
      'Saat dihubungi Wirely, Ketua Panitia Festival Rina Marlina membenarkan acara itu diundur.',
      'Ketua Panitia Festival Rina Marlina',
    ],
    [
      'Ketika dikonfirmasi Wirely, Camat Sukaraja Dodi Firmansyah menyebutkan dua rumah rusak.',
      'Camat Sukaraja Dodi Firmansyah',
    ],
    [
      'Kepada wartawan, Lurah Cempaka Hendra Gunawan mengatakan air sudah surut.',
      'Lurah Cempaka Hendra Gunawan',
    ],
  ])('%s', (text, source) => {
    expect(only(text, 'id')?.source).toMatchObject({ text: source, kind: 'named_person' });
  });

  it('in English too: "When asked by Wirely, Deputy Mayor ... said"', () => {
    const claim = only(
      'When asked by Wirely, Deputy Mayor Tom Halvorsen said the bridge would reopen.',
      'en',
    );
    expect(claim?.source).toMatchObject({
      text: 'Deputy Mayor Tom Halvorsen',
      kind: 'named_person',
    });
  });

  it('a bare name after the phrase was already the speaker', () => {
    const claim = only('Kepada Wirely, Andi Kurniawan mengaku jalur itu ditutup.', 'id');
    expect(claim?.source).toMatchObject({ text: 'Andi Kurniawan', kind: 'named_person' });
  });
});
