/**
 * A date in figures in brackets right after a relayed outlet ("Dikutip dari Statenews
 * (6/12/2024), ...") closes the source's phrase and is no part of the claim, in either
 * language. Every sentence is the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('a bracketed date after the outlet', () => {
  it.each([
    ['Dikutip dari Statenews (6/12/2024), harga beras naik 10 persen bulan ini.', 'id'],
    ['Dilansir dari Wirely (12/3/2025), harga beras naik 10 persen bulan ini.', 'id'],
    ['Menurut Statenews (6/12/2024), harga beras naik 10 persen bulan ini.', 'id'],
    ['According to Statenews (6/12/2024), rice prices rose 10 percent this month.', 'en'],
  ] as const)('%s', (sentence, lang) => {
    const c = lastClaim(sentence, lang);
    expect(c?.source.text).toMatch(/^(Statenews|Wirely)$/);
    expect(c?.claim).toMatch(/^(harga beras|rice prices)/);
  });

  it('a state outlet so dated still flags the claim', () => {
    const c = lastClaim('Dikutip dari Statenews (6/12/2024), harga beras naik.', 'id');
    expect(c?.flags).toContain('state_media');
  });

  it('a bracketed acronym after a name stays in the phrase', () => {
    const c = lastClaim('Menurut Badan Pusat Statistik (BPS), harga beras naik 10 persen.', 'id');
    expect(c?.source.text).toContain('(BPS)');
  });
});
