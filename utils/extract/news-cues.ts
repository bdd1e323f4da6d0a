/**
 * Reporting words news prose is dense in ("said", "according to", "kata", "menurut").
 * Used only to tell news reporting from other long text (encyclopedia, docs, how-to):
 * the engine's own cue lexicons live in core/lang. Sorted, unique, lower case.
 */
export const REPORTING_WORDS = [
  'according to',
  'announced',
  'dilansir',
  'kata',
  'katanya',
  'mengatakan',
  'menjelaskan',
  'menurut',
  'menurutnya',
  'menyatakan',
  'reportedly',
  'said',
  'says',
  'spokesman',
  'spokeswoman',
  'stated',
  'told',
  'ujar',
  'ujarnya',
] as const;

// Word-bounded alternation of fixed words: linear, no nested quantifiers.
const CUE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${REPORTING_WORDS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

/** Reporting words in a text (counted up to `limit`). */
export function countReportingWords(text: string, limit = 1_000): number {
  let n = 0;
  CUE.lastIndex = 0;
  while (n < limit && CUE.exec(text) !== null) n++;
  return n;
}
