/** Stage state-media-partner: a body or officials listed with a generic state-media phrase. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage state-media-partner', () => {
  it.each([
    ['en', 'The interior ministry and state media said the flood had receded.', 'official_body'],
    ['en', 'State media and the army said the flood had receded.', 'official_body'],
    ['en', 'Officials and the state news agency said the flood had receded.', 'unnamed_official'],
    [
      'id',
      'Kementerian Dalam Negeri dan media pemerintah menyebutkan banjir sudah surut.',
      'official_body',
    ],
  ] as const)('%s: %s', (lang, sentence, kind) => {
    expect(lastSource(lang, sentence)).toMatchObject({ kind, basis: 'state-media-partner' });
  });

  it.each([
    ['en', 'State media said the flood had receded.'],
    ['en', 'Statenews and state media said the flood had receded.'],
  ] as const)('state media alone, or with an outlet, stays state media: %s', (lang, sentence) => {
    expect(lastSource(lang, sentence)?.kind).toBe('state_media');
  });
});
