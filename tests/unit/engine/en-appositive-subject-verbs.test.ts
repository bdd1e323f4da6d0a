/** A verb after the comma that closes the appositive of a sentence-opening subject ("Ada
 * Lund, a local activist, asked the mayor ...") has that subject as its speaker: the words
 * after the verb are its object, never a speaker written after the verb. A claim before the
 * comma still has its speaker after the verb; so does a pronoun closing the sentence, while a
 * pronoun with a finite verb of its own ("admitted it withheld ...") opens the reported
 * clause. Sentences are written for these tests. */
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

describe('a pronoun with its own verb after the verb', () => {
  it('opens the reported clause; the subject speaks', () => {
    const claims = storyClaims(
      'The port authority hid the logs, admitted it withheld reports, and stalled the inquiry.',
      'en',
    );
    expect(claims.map((c) => [c.source.text, c.source.kind])).toEqual([
      ['The port authority', 'official_body'],
    ]);
  });

  it('a pronoun closing the sentence is still the speaker', () => {
    const claims = storyClaims('"We will win," said he.', 'en');
    expect(claims.map((c) => c.source.text)).toEqual(['he']);
  });
});
