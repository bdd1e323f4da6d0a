/** Stage role-office: an office's word before its official speaks as a body. */
import { describe, expect, it } from 'vitest';
import { lastSource } from './helpers';

describe('stage role-office', () => {
  it.each([
    ['en', 'The office of the governor said the bridge would reopen.'],
    ['en', 'The Office of the Prime Minister said the trip was off.'],
    ['id', 'Kantor Juru Bicara Kementerian Pertahanan mengatakan pesawat itu jatuh.'],
    ['id', 'Kantor Wali Kota Medan menyebutkan banjir sudah surut.'],
  ] as const)('%s: %s', (lang, sentence) => {
    expect(lastSource(lang, sentence)).toMatchObject({
      kind: 'official_body',
      basis: 'role-office',
    });
  });

  it.each([
    ['en', 'An office worker said the fire began upstairs.', 'anonymous'],
    ['en', 'The office manager said the fire began upstairs.', 'unnamed_official'],
    ['id', 'Juru bicara Kementerian Pertahanan mengatakan pesawat itu jatuh.', 'unnamed_official'],
  ] as const)('no office of an official: %s', (lang, sentence, kind) => {
    expect(lastSource(lang, sentence)?.kind).toBe(kind);
  });
});
