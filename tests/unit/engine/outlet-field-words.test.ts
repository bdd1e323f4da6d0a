/**
 * A plain word or two saying what an outlet covers, beside the outlet's noun and before its
 * name, belong to the outlet's phrase: "told business news website Wirely that ...", "said on
 * financial news channel Daily Planet that ...", "kepada harian ekonomi Daily Planet bahwa".
 * The outlet then carries the words (via) and the claim starts after it. Every sentence is
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('English: field words before the outlet noun', () => {
  it.each([
    'A former harbour clerk told technology news website Wirely that inspectors ignored the cracks.',
    'A former harbour clerk told technology website Wirely that inspectors ignored the cracks.',
    'A former harbour clerk told the popular business news website Wirely that inspectors ignored the cracks.',
  ])('%s', (sentence) => {
    const c = lastClaim(sentence, 'en');
    expect(c?.source).toMatchObject({ kind: 'anonymous', via: 'Wirely' });
    expect(c?.claim).toBe('inspectors ignored the cracks');
  });

  it('"said on financial news channel X that": the claim starts after the outlet', () => {
    const c = lastClaim(
      'Nora Vance, the ferry line’s largest shareholder, said on financial news channel Wirely that the board has a year to prove itself.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Wirely' });
    expect(c?.claim).toBe('the board has a year to prove itself');
  });

  it('a state outlet so described still flags the claim', () => {
    const c = lastClaim(
      'Premier Lo Tengwei told economic daily Statenews that exports would grow.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'named_person', via: 'Statenews' });
    expect(c?.flags).toContain('state_media');
  });

  it('no outlet name after the noun: nothing is joined', () => {
    const c = lastClaim(
      'A former harbour clerk told local news reporters that the cracks were old.',
      'en',
    );
    expect(c?.source.via ?? null).toBeNull();
  });
});

describe('Indonesian: field words after the outlet noun', () => {
  it.each([
    'Direktur utama perusahaan feri, Budi Santoso, mengatakan kepada harian ekonomi Statenews bahwa tarif akan naik.',
    '"Tarif akan naik bulan depan," kata Budi Santoso kepada stasiun televisi swasta Statenews, Senin.',
  ])('%s', (sentence) => {
    const c = lastClaim(sentence, 'id');
    expect(c?.source.via).toMatch(/Statenews$/);
    expect(c?.flags).toContain('state_media');
  });
});
