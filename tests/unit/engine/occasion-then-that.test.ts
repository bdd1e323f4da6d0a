/** Where the words were given may stand between the verb and its clause: "responded in a text
 * message that ...", "menjawab melalui pesan singkat bahwa ..."; an object and a relative
 * clause ("responded to a question that had been put") stay no claim.
 * Sentences are written for these tests. */
import { describe, expect, it } from 'vitest';
import { paragraphClaims } from './helpers';

describe('an occasion before the clause', () => {
  it.each([
    [
      'en',
      'Councillor Tom Vale responded in a text message that the pier would reopen.',
      'responded',
    ],
    ['en', 'Councillor Tom Vale complained in an email that the pier would close.', 'complained'],
    [
      'id',
      'Anggota dewan Tom Vale menjawab melalui pesan singkat bahwa dermaga akan dibuka.',
      'menjawab',
    ],
  ] as const)('%s: %s', (lang, text, cue) => {
    const [c] = paragraphClaims(lang, text);
    expect(c?.cue).toBe(cue);
    expect(c?.source.text).toContain('Tom Vale');
    expect(c?.claim).toMatch(/^(the pier|dermaga)/);
  });

  it('a question and its relative clause are no claim', () => {
    const text = 'Councillor Tom Vale responded to a question that had been put by a reader.';
    expect(paragraphClaims('en', text)).toEqual([]);
  });
});
