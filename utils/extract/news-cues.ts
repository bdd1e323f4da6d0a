/**
 * Reporting words news prose is dense in ("said", "according to", "kata", "menurut").
 * Used only to tell news reporting from other long text (encyclopedia, docs, how-to):
 * the engine's own cue lexicons live in core/lang. Sorted, unique, lower case.
 */
export const REPORTING_WORDS = [
  'according to',
  'added',
  'announced',
  'claimed',
  'confirmed',
  'denied',
  'dikabarkan',
  'dikutip',
  'dilansir',
  'dilaporkan',
  'imbuhnya',
  'jelasnya',
  'kata',
  'katanya',
  'lanjutnya',
  'melaporkan',
  'menambahkan',
  'mencatat',
  'menegaskan',
  'mengatakan',
  'mengungkapkan',
  'mengutip',
  'menjelaskan',
  'menurut',
  'menurutnya',
  'menuturkan',
  'menyatakan',
  'noted',
  'paparnya',
  'pungkasnya',
  'reportedly',
  'said',
  'says',
  'sebutnya',
  'spokesman',
  'spokeswoman',
  'stated',
  'tegasnya',
  'told',
  'told reporters',
  'tuturnya',
  'ucapnya',
  'ujar',
  'ujarnya',
  'ungkapnya',
  'warned',
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

/**
 * A news dateline opening the story: "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --",
 * "WASHINGTON (Reuters) -", "LONDON —". A place in capitals, or a place with its outlet
 * after a comma or in brackets, then a dash: "Harga naik - kata pedagang" is not one.
 */
const DATELINE =
  /^(?:[A-Z][A-Z.'’ ]{1,30}(?:, ?[\w.'’ ]{2,30})?|[A-Z][A-Za-z.'’ ]{1,30}(?:, ?[\w.'’ ]{2,30}| \([\w.'’ ]{2,30}\)))(?: \([\w.'’ ]{2,30}\))? ?(?:--|[-–—])[ \u00a0]/;

export function startsWithDateline(text: string): boolean {
  return DATELINE.test(text.slice(0, 100));
}
