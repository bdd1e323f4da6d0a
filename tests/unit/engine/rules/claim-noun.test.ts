import { describe, expect, it } from 'vitest';
import { claimNoun } from '@/core/rules/claim-noun';
import { ctx, run } from '../helpers';

describe('claim-noun', () => {
  it.each([
    [
      'Hal itu muncul di tengah kekhawatiran para pejabat AS bahwa kunjungan Kim adalah bagian dari negosiasi senjata.',
      'id',
      'kekhawatiran',
      'unnamed_official',
      'para pejabat AS',
    ],
    [
      'The visit comes amid fears among officials that a deal is near.',
      'en',
      'fears',
      'unnamed_official',
      'officials',
    ],
  ] as const)('%s', (text, lang, cue, kind, source) => {
    expect(run(claimNoun, text, lang)).toEqual([[cue, kind, source]]);
  });

  it.each([
    ['Korea Utara telah membantah klaim bahwa mereka menjual senjata.', 'id'], // no source between noun and "bahwa"
    ['There are fears that prices will rise.', 'en'],
    ['Kekhawatiran harga naik bahwa itu terjadi lagi.', 'id'],
  ] as const)('no attribution: %s', (text, lang) => {
    expect(run(claimNoun, text, lang)).toEqual([]);
  });
});

describe('claim-noun: the claim', () => {
  it('is what "bahwa" introduces', () => {
    const [c] = claimNoun.find(
      ctx(
        'Hal itu muncul di tengah kekhawatiran para pejabat AS bahwa kunjungan itu bagian dari negosiasi.',
        'id',
      ),
    );
    expect(c?.claim).toBe('kunjungan itu bagian dari negosiasi');
  });
});
