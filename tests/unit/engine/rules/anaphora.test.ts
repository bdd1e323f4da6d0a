import { describe, expect, it } from 'vitest';
import { anaphora } from '@/core/rules/anaphora';
import { passiveBy } from '@/core/rules/passive-by';
import { speakerVerb } from '@/core/rules/speaker-verb';
import type { Rule } from '@/core/rules';
import { ctx } from '../helpers';

const PREVIOUS = 'Vietnam akan memperluas kerja sama pelayaran dengan Filipina.';

function refined(rule: Rule, text: string, lang: 'en' | 'id') {
  const c = ctx(text, lang, { previous: PREVIOUS });
  const [first] = rule.find(c);
  if (!first) throw new Error(`no candidate in: ${text}`);
  return anaphora.refine(c, first, [first]);
}

describe('anaphora', () => {
  it.each([
    [
      speakerVerb,
      'Menteri Perhubungan Vietnam Budi Santoso menyampaikan hal ini dalam rapat, Jumat.',
      'id',
    ],
    [passiveBy, 'Usulan tersebut disampaikan oleh Kuasa Hukum koperasi Wulan Prasetya.', 'id'],
    [passiveBy, 'Kabar ini diketahui dari surat pemberitahuan tertulis kepada anggota.', 'id'],
    [speakerVerb, 'The minister said this on Friday.', 'en'],
  ] as const)('the claim is the previous sentence: %s', (rule, text, lang) => {
    const c = refined(rule, text, lang);
    expect(c.claim).toBe(PREVIOUS);
    expect(c.reasons).toContain('anaphoric_claim');
  });

  it.each([
    [speakerVerb, 'The minister said this week that talks had failed.', 'en'],
    [speakerVerb, 'Duta Besar Alexander Petrov mengatakan bahwa latihan itu pantas.', 'id'],
  ] as const)('not anaphoric: %s', (rule, text, lang) => {
    const c = refined(rule, text, lang);
    expect(c.claim).toBeUndefined();
    expect(c.reasons ?? []).not.toContain('anaphoric_claim');
  });
});
