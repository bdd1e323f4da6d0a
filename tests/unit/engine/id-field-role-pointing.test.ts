/**
 * "ungkap dosen hukum pidana itu": a role, its field in plain words, then the pointing word
 * closing the phrase is the person named before with that description. Sentences written by
 * the team.
 */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const LEAD = 'Kejaksaan menahan dua pejabat Dinas Perhubungan Kota Tanjung Wangi terkait suap.';
const NAMED =
  'Pakar hukum tata negara Universitas Wangi, Teguh Prasetya, berpendapat penahanan itu sah.';

describe('a role and its field closed by a pointing word', () => {
  it.each([
    ['"Penyidik punya dua alat bukti," ungkap dosen hukum tata negara itu.'],
    ['"Prosedurnya sudah benar," kata pengajar hukum pidana tersebut.'],
    ['"Hakim yang menilai," ujar pakar hukum itu.'],
  ])('%s', (text) => {
    const claim = paragraphClaims('id', LEAD, NAMED, text).at(-1);
    expect(claim?.sentence).toBe(text);
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.resolvesTo).toBe('Teguh Prasetya');
    expect(claim?.source.text.endsWith(' itu') || claim?.source.text.endsWith(' tersebut')).toBe(
      true,
    );
  });
});
