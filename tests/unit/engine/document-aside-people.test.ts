/**
 * "The memo, sent to staff on Sunday night, said ...": people inside an aside about a
 * document (whom it went to, who signed it) are no source; the document speaks. Indonesian
 * "memo" is a document as in English. Every sentence is the team's own (invented places,
 * people and bodies).
 */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('people inside a document aside', () => {
  it('a memo sent to staff', () => {
    const [c] = storyClaims(
      'The memo, sent to staff on Sunday night, said offices in Dunmore would close through Wednesday.',
      'en',
    );
    expect(c?.source).toMatchObject({ kind: 'document' });
    expect(c?.flags).toEqual([]);
  });

  it('a letter signed by former officials', () => {
    const [c] = storyClaims(
      'The letter, signed by 30 former officials, said the Harlow deal was dangerous.',
      'en',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('an Indonesian memo sent to employees', () => {
    const [c] = storyClaims(
      'Memo itu, yang dikirim kepada karyawan, menyebutkan kantor Dunmore akan tutup hingga Rabu.',
      'id',
    );
    expect(c?.source.kind).toBe('document');
  });

  it('a person with an aside about a person still speaks', () => {
    const [c] = storyClaims(
      'A teacher, who asked not to be named, said the Harlow school would close.',
      'en',
    );
    expect(c?.source.kind).toBe('anonymous');
  });
});
