/** A statement the subject issued, then any participle before a quotation of its words:
 * "released a statement on Friday condemning “...”". Sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { analyze } from '@/core/analyze';
import { statementQuote } from '@/core/rules/statement-quote';
import { testRegistry } from '../helpers';

const claims = (text: string) =>
  analyze({ blocks: [{ type: 'p', text }] }, { lang: 'en', registry: testRegistry }).claims;

describe('statement-quote', () => {
  it('has its id', () => {
    expect(statementQuote.id).toBe('statement-quote');
  });

  it.each([
    [
      'The harbour board released a statement on Friday night condemning "the reckless sinking of a working ferry."',
      'The harbour board',
      'the reckless sinking of a working ferry',
    ],
    [
      'Mayor Ana Ruiz issued a statement welcoming “the long overdue return of the night ferry.”',
      'Mayor Ana Ruiz',
      'the long overdue return of the night ferry',
    ],
  ])('%s', (text, source, claim) => {
    const [c] = claims(text);
    expect(c?.rule).toBe('statement-quote');
    expect(c?.cue).toMatch(/statement$/);
    expect(c?.source.text).toBe(source);
    expect(c?.claim).toContain(claim);
  });

  it.each([
    'The harbour board released a statement condemning the sinking of the ferry.',
    'The harbour board released a statement welcoming “all passengers” back on board.',
  ])('no quotation of its words: %s', (text) => {
    expect(claims(text)).toEqual([]);
  });
});
