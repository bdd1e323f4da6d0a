import { describe, expect, it } from 'vitest';
import { claimNoun } from '@/core/rules/claim-noun';
import { run } from '../helpers';

describe('claim-noun', () => {
  it.each([
    ['Hal itu muncul di tengah kekhawatiran para pejabat AS bahwa kunjungan Kim adalah bagian dari negosiasi senjata.', 'id', 'kekhawatiran', 'unnamed_official', 'para pejabat AS'],
    ['The visit comes amid fears among officials that a deal is near.', 'en', 'fears', 'unnamed_official', 'officials'],
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
