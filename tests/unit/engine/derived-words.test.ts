/** Words a pack derives when compiled (core/lang/compile.ts): role plurals, picture verbs,
 * passives after a subject pointing back. */
import { describe, expect, it } from 'vitest';
import { compilePack } from '@/core/lang/compile';
import { en } from '@/core/lang/en';
import { id } from '@/core/lang/id';
import { tokenize } from '@/core/text';
import { lastClaim } from './helpers';
import { lastSource } from './source/helpers';

describe('role plurals', () => {
  const pack = compilePack(en);

  it('an office role in the plural is unnamed officials, a civilian one unnamed people', () => {
    expect(pack.unnamedOfficials.has('ambassadors')).toBe(true);
    expect(pack.unnamedOfficials.has('chiefs')).toBe(true);
    expect(pack.anonymous.has('bloggers')).toBe(true);
    expect(pack.unnamedOfficials.has('bloggers')).toBe(false);
  });

  it('a plural another table lists keeps that table', () => {
    // "lawyers" is listed as unnamed people, though "lawyer" is an office-like role.
    expect(en.anonymous).toContain('lawyers');
    expect(pack.unnamedOfficials.has('lawyers')).toBe(false);
    expect(lastSource('en', 'Lawyers said the appeal would fail.')?.kind).toBe('anonymous');
  });

  it('a language with no plural ending derives only doubled nouns ("pejabat-pejabat")', () => {
    const compiled = compilePack(id);
    const singles = new Set(id.unnamedOfficials.filter((w) => !w.includes(' ')));
    const derived = [...compiled.unnamedOfficials.words].filter((w) => !singles.has(w));
    expect(derived).toContain('pejabat-pejabat');
    for (const w of derived) expect(w).toMatch(/^([^\s-]+)-\1$/u);
  });

  it.each([
    ['Two envoys said the talks had stalled.', 'unnamed_official'],
    ['Navy admirals said the drill would go ahead.', 'unnamed_official'],
    ['Several columnists said the vote was rigged.', 'anonymous'],
  ] as const)('%s', (text, kind) => {
    expect(lastSource('en', text)?.kind).toBe(kind);
  });
});

describe('pictures shown as a finding', () => {
  it.each([
    ['State media released photos of the flooded valley.', 'released photos of'],
    ['The Harbour Gazette released images showing the burned depot.', 'released images showing'],
    ['State television aired footage of the crash.', 'aired footage of'],
  ])('%s', (text, cue) => {
    expect(lastClaim(text, 'en')?.cue).toBe(cue);
  });

  it('a person releasing photos is no finding', () => {
    expect(lastClaim('Marta Kovac released photos of her garden.', 'en')).toBeUndefined();
  });
});

describe('passives after a subject pointing back', () => {
  it('a pointing subject, an optional insert and a passive of saying make a passive cue', () => {
    const passiveBy = compilePack(id).passiveBy;
    const has = (phrase: string) => passiveBy.matchAt(tokenize(phrase), 0) > 0;
    expect(has('pendapat serupa dijelaskan')).toBe(true);
    expect(has('pendapat serupa juga dijelaskan')).toBe(true);
    // The data module keeps the parts; only the compiled pack holds their product.
    expect(id.passiveBy).not.toContain('pendapat serupa dijelaskan');
  });

  it('a claim whose agent follows such a passive is that agent’s', () => {
    const source = lastSource(
      'id',
      'Harga beras akan turun bulan depan, kata pedagang.',
      'Pendapat serupa juga dijelaskan Rina Wulandari, seorang ekonom di Jakarta.',
    );
    expect(source?.name).toBe('Rina Wulandari');
  });
});
