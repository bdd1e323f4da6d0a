/** A verb after the comma that closes the appositive of a sentence-opening subject ("Ada
 * Lund, a local activist, asked the mayor ...") has that subject as its speaker: the words
 * after the verb are its object, never a speaker written after the verb. A claim before the
 * comma still has its speaker after the verb. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { storyClaims } from './helpers';

describe('a verb after a subject and its appositive', () => {
  it('takes no speaker from its object', () => {
    const claims = storyClaims(
      'Ada Lund, a local activist, asked the former mayor during a radio chat if she would resign.',
      'en',
    );
    expect(claims.filter((c) => c.rule === 'verb-speaker')).toEqual([]);
  });

  it.each([
    [
      'en',
      'Rents will rise next year, said Ada Lund, a local activist.',
      'Ada Lund, a local activist',
    ],
    ['en', 'Rents will rise next year, said the mayor.', 'the mayor'],
    ['id', 'Harga sewa akan naik tahun depan, kata Rina, warga setempat.', 'Rina, warga setempat'],
  ] as const)('%s: a claim before the comma keeps its speaker: %s', (lang, text, source) => {
    const claims = storyClaims(text, lang);
    expect(claims.map((c) => c.source.text)).toContain(source);
  });
});
