/** The claim part of an attributed sentence (core/claim.ts). */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { testRegistry } from './helpers';

function claimOf(text: string, lang: 'en' | 'id') {
  const report = analyze({ blocks: [{ type: 'p', text }] }, { lang, registry: testRegistry });
  expect(report.claims, text).toHaveLength(1);
  return report.claims[0]!.claim;
}

describe('claim text', () => {
  it.each([
    // The verb has words after it: the claim follows it, whatever stands before the source.
    ['The firm declined to comment, but people familiar with the matter said the talks had stalled.', 'en', 'the talks had stalled'],
    ['A senior government official said on Monday that the plan was ready.', 'en', 'the plan was ready'],
    // A short tail that says who the source is is no claim.
    ['The strike was planned, two senior U.S. officials said, speaking on condition of anonymity.', 'en', 'The strike was planned'],
    ['The strike was planned, said two senior U.S. officials, who spoke on condition of anonymity.', 'en', 'The strike was planned'],
    ['The water was cut, said residents who asked not to be named.', 'en', 'The water was cut'],
    ['Warga yang enggan disebutkan namanya mengatakan air sudah tiga hari mati.', 'id', 'air sudah tiga hari mati'],
  ] as const)('%s', (text, lang, claim) => {
    expect(claimOf(text, lang)).toBe(claim);
  });
});
