/** A titled name with a party-and-state note in parentheses ("Senator Jane Roe (D-Ohio)",
 * "(R-OH)", "(D-Vt.)", "(Mich.)", "(D)") is that person; a capitalised word alone in parentheses may be an acronym or a firm's form and
 * keeps the phrase as it was. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { onlyClaim, storyClaims, testRegistry } from './helpers';

describe('a note in parentheses after a titled name', () => {
  it.each([
    ['Senator Tom Vale (R-Ohio) said the vote would be close.', 'Tom Vale'],
    ['Rep. Ruth Hale (D-Maine) told reporters the bill would pass.', 'Ruth Hale'],
    // A state's postal code is no acronym of a body; a dotted short form ends nothing.
    ['After the count, Gov. Nils Brand (R-OH), said the recount was over.', 'Nils Brand'],
    ['Rep. Ida Stone (D-Vt.) said the bill would fail in committee.', 'Ida Stone'],
    ['Sen. Otto Grau (Mich.) said the tariff would hurt farmers.', 'Otto Grau'],
    ['Sen. Mae Lund (D) told reporters the measure was dead.', 'Mae Lund'],
    [
      'Rep. Hal Kerr (Ind.), a delegate backing Mora, said he had spoken to colleagues.',
      'Hal Kerr',
    ],
  ])('%s', (text, name) => {
    const claim = onlyClaim(text, 'en');
    expect(claim?.source.kind).toBe('named_person');
    expect(claim?.source.name).toBe(name);
  });

  it('a dotted note opening the sentence stays in the subject of a saying clause', () => {
    const claims = storyClaims(
      'Sen. Ivo Marsh (I-Vt.) defended his plan, saying the gains would outweigh the losses.',
      'en',
    );
    expect(claims.map((c) => [c.source.kind, c.source.text])).toEqual([
      ['named_person', 'Sen. Ivo Marsh (I-Vt.)'],
    ]);
  });

  it('a pronoun after the noted name points back to it, not to a name in its appositive', () => {
    const { claims } = analyze(
      {
        blocks: [
          'Rep. Hal Kerr (Ind.), a delegate backing Mora, said he had spoken to colleagues.',
          '"It was a narrow win," he said.',
        ].map((text) => ({ type: 'p' as const, text })),
      },
      { lang: 'en', registry: testRegistry },
    );
    expect(claims.at(-1)?.source.resolvesTo).toBe('Hal Kerr');
  });

  it('an acronym in parentheses is no note', () => {
    const claim = onlyClaim(
      'The convoy was hit at dawn, said a duty officer at the Harbour Response Unit (HRU).',
      'en',
    );
    expect(claim?.source.kind).not.toBe('named_person');
  });
});
