import { describe, expect, it } from 'vitest';
import { statementFrame } from '@/core/rules/statement-frame';
import { run } from '../helpers';

describe('statement-frame', () => {
  it.each([
    [
      'Dalam keterangan resmi yang diterima, pencopotan itu buntut kesalahan perusahaan.',
      'id',
      'Dalam keterangan resmi',
      'keterangan resmi',
    ],
    [
      'In a statement, the ministry said the talks had failed.',
      'en',
      'In a statement',
      'a statement',
    ],
  ] as const)('%s', (text, lang, cue, source) => {
    expect(run(statementFrame, text, lang)).toEqual([[cue, 'document', source]]);
  });

  it.each([
    ['The statement was short.', 'en'],
    ['Dalam keterangan itu tidak ada angka.', 'id'],
  ] as const)('no frame: %s', (text, lang) => {
    expect(run(statementFrame, text, lang)).toEqual([]);
  });
});
