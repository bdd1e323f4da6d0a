/**
 * 'Warga bernama Siti Aisyah menerima paket itu. "...," katanya.': a person introduced by a
 * name handed over ("bernama") is the newer topic a following clitic or pronoun points to,
 * as one introduced with a role is; not the speaker quoted before. Every sentence is the
 * team's own.
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

const STORY = [
  '"Kami siap membantu," kata Menteri Sosial Larasati Wibisono di Lembahsari.',
  'Warga bernama Maryam Kusuma menerima paket sembako dari panitia.',
];

describe('a person introduced with "bernama"', () => {
  it('"katanya" after the introduction points to that person', () => {
    const c = storyClaims([...STORY, '"Sangat membantu," katanya.'].join(' || '), 'id').at(-1);
    expect(c?.source.resolvesTo).toBe('Maryam Kusuma');
  });

  it('"kata dia" too', () => {
    const c = storyClaims([...STORY, '"Sangat membantu," kata dia.'].join(' || '), 'id').at(-1);
    expect(c?.source.resolvesTo).toBe('Maryam Kusuma');
  });

  it('with no introduction between, the quoted speaker stays', () => {
    const c = storyClaims([STORY[0], '"Bantuan datang besok," katanya.'].join(' || '), 'id').at(-1);
    expect(c?.source.resolvesTo).toBe('Larasati Wibisono');
  });
});
