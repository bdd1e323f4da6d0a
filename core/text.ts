/**
 * Text helpers shared by the engine: whitespace collapsing (the report's `sentence` is
 * block text with whitespace collapsed) and a one-pass tokenizer.
 */

// Same result as /\s+/g -> ' ', but a single plain space (most of them) is not a match.
const SPACES = /\s{2,}|[^\S ]/g;

/** Collapses runs of whitespace to one space and trims; drops soft hyphens and zero-width
 * characters, which pages scatter inside words and which break matching. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(SPACES, ' ')
    .trim();
}

export type TokenType = 'word' | 'punct' | 'quote';

export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, curly apostrophes made straight: what lexicons are keyed by. */
  lower: string;
  type: TokenType;
  start: number;
  end: number;
  /** Starts with an upper-case letter (names, acronyms, sentence starts). */
  cap: boolean;
}

// A word: letters/digits, joined by single inner hyphens, apostrophes or dots
// ("Sun-nam", "U.S", "don't", "14.000"). Each joiner must be followed by a letter or
// digit, so the pattern cannot backtrack over the same characters twice.
const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/uy;
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);
const UPPER = /^\p{Lu}/u;

/** Starts with an upper-case letter; ASCII decided without the regex (most words). */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/** Splits text into words, quote marks and other punctuation, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r') {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      const word = m[0];
      tokens.push({
        text: word,
        lower: word.includes('’') ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase(),
        type: 'word',
        start: i,
        end: i + word.length,
        cap: isCapital(word),
      });
      i += word.length;
      continue;
    }
    // Surrogate pairs (emoji) are one punctuation token.
    const code = text.codePointAt(i) ?? 0;
    const len = code > 0xffff ? 2 : 1;
    const piece = text.slice(i, i + len);
    tokens.push({
      text: piece,
      lower: piece,
      type: QUOTES.has(piece) ? 'quote' : 'punct',
      start: i,
      end: i + len,
      cap: false,
    });
    i += len;
  }
  return tokens;
}
