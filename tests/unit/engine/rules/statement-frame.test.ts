import { describe, expect, it } from 'vitest';
import { statementFrame } from '@/core/rules/statement-frame';
import { ctx, run } from '../helpers';

describe('statement-frame', () => {
  it.each([
    [
      'Dalam keterangan resmi yang diterima, pencopotan itu buntut kesalahan perusahaan.',
      'id',
      'Dalam keterangan resmi',
      'keterangan resmi',
    ],
    ['In a statement, the talks were declared over.', 'en', 'In a statement', 'a statement'],
  ] as const)('%s', (text, lang, cue, source) => {
    expect(run(statementFrame, text, lang)).toEqual([[cue, 'document', source]]);
  });

  // The clause the statement frames has a speaker for subject: that speaker, through it.
  it.each([
    ['In a statement, the ministry said the talks had failed.', 'official_body', 'the ministry'],
    ['Tomas Brink in a statement praised the crew as "fearless."', 'named_person', 'Tomas Brink'],
    [
      'In a statement on its website, the Velden Rowing Club criticized the ban as unfair.',
      'organization',
      'the Velden Rowing Club',
    ],
  ] as const)('the author speaks: %s', (text, kind, source) => {
    const [found] = statementFrame.find(ctx(text, 'en'));
    expect([found?.source.kind, found?.source.text, found?.via]).toEqual([
      kind,
      source,
      'a statement',
    ]);
  });

  it.each([
    ['The statement was short.', 'en'],
    ['Dalam keterangan itu tidak ada angka.', 'id'],
  ] as const)('no frame: %s', (text, lang) => {
    expect(run(statementFrame, text, lang)).toEqual([]);
  });
});
