/**
 * The reporter's informants after a passive of learning, or after information as a subject
 * ("Informasi yang dihimpun dari warga menyebutkan"): "..., it was learned from sources at
 * the agency", "Informasi itu diperoleh dari seorang sumber di ...". Indonesian needs a noun
 * for information before the verb ("Dana itu diperoleh dari pinjaman" is money). Sentences are
 * the team's own.
 */
import { describe, expect, it } from 'vitest';
import { lastClaim } from './helpers';

describe('learned from (English)', () => {
  it.each([
    [
      'The vote was delayed by a week, it was learned from sources in the ruling party.',
      'sources in the ruling party',
      'The vote was delayed by a week',
    ],
    [
      'It was learned from two officials at the ministry that the tender had been cancelled.',
      'two officials at the ministry',
      'the tender had been cancelled',
    ],
  ])('%s', (text, source, claim) => {
    const c = lastClaim(text, 'en');
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
    expect(c?.claim).toBe(claim);
  });

  it('learning from experience names no source', () => {
    const c = lastClaim('The crew learned from experience that the pumps fail in winter.', 'en');
    expect(c).toBeUndefined();
  });
});

describe('diperoleh dari (Indonesian)', () => {
  it.each([
    [
      'Informasi itu diperoleh dari seorang sumber di Kementerian Perdagangan.',
      'seorang sumber di Kementerian Perdagangan',
    ],
    ['Kabar tersebut didapat dari dua pejabat Pemkab Sleman.', 'dua pejabat Pemkab Sleman'],
  ])('%s', (text, source) => {
    const c = lastClaim(text, 'id');
    expect(c?.source.text).toBe(source);
    expect(c?.flags).toContain('unnamed_source');
  });

  it('money obtained from a loan is no attribution', () => {
    expect(lastClaim('Dana itu diperoleh dari pinjaman bank daerah.', 'id')).toBeUndefined();
  });
});

describe('information heard from someone, as the subject (Indonesian)', () => {
  it.each([
    ['Informasi yang dihimpun dari warga menyebutkan, api berasal dari dapur.', 'warga'],
    ['Informasi yang diperoleh dari dua sumber menyebutkan tersangka sudah kabur.', 'dua sumber'],
  ])('%s', (text, source) => {
    const c = lastClaim(text, 'id');
    expect(c?.source).toMatchObject({ text: source, kind: 'anonymous' });
  });

  it('information with no one named stays the anonymous source', () => {
    const c = lastClaim('Informasi yang dihimpun menyebutkan, api berasal dari dapur.', 'id');
    expect(c?.source.text).toBe('Informasi yang dihimpun');
  });
});
