/** A participle of saying or writing that introduces a quotation with a comma or a colon
 * ("took to Twitter, writing, “...”", "answered on Facebook writing, “...”") gives the
 * subject's words, as a clause after it would; with no quotation, or a quotation no comma
 * introduces, it stays a deed. Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

const claims = (text: string) => paragraphClaims('en', text);

describe('participles introducing a quotation', () => {
  it.each([
    ['Mayor Ana Ruiz took to Twitter, writing, “The ferry runs again on Monday.”', 'Ana Ruiz'],
    ['Mayor Ana Ruiz took to Twitter, writing: "The ferry runs again on Monday."', 'Ana Ruiz'],
    [
      'Councillor Tom Vale answered the question on Facebook writing, “Yes, I will vote for it.”',
      'Tom Vale',
    ],
  ])('%s', (text, source) => {
    const [c] = claims(text);
    expect(c?.cue).toBe('writing');
    expect(c?.source.text).toContain(source);
  });

  it.each([
    'The children sat in the hall writing, “Happy birthday” on the cards.',
    'The pupils spent the morning writing “thank you” notes to the crew.',
  ])('no speaker of a quotation: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
