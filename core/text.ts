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
  /** `lower` without a possessive "'s" ("university's" -> "university"): the lexicon key. */
  base: string;
  type: TokenType;
  start: number;
  end: number;
  /** Starts with an upper-case letter (names, acronyms, sentence starts). */
  cap: boolean;
}

// A word: letters/digits, joined by single inner hyphens, apostrophes or dots
// ("Sun-nam", "U.S", "don't", "14.000"). Each joiner must be followed by a letter or
// digit, so the pattern cannot backtrack over the same characters twice. Else one character
// (a surrogate pair, an emoji, is one) that is not a space, tab or line break: the pieces
// of a text in order, from one `match` call (an exec() per token costs far more in the
// unoptimized code a fresh page runs).
// A plural's possessive apostrophe stays on its word when a word follows ("the Allied Nations'
// agency"), so the owner reads as one, like "Norland's agency".
// A dotted abbreviation's possessive keeps its stop and "'s" ("the U.N.'s agency"), so it
// reads as one owner too, not as a sentence's stop and a stray "s".
// A site handle ("@harbour_watch") is one word, its "@" kept; not inside an address
// ("desk@example.org").
// A number grouped by commas ("5,600") is one word: its comma breaks no clause.
// Each lookbehind stands after the character it follows and takes it in ("@(?<![...]@)", not
// "(?<![...])@"): the cheap character test fails first at nearly every place, where a
// lookbehind first tested a big Unicode class (measured over the corpus's blocks: the same
// pieces, a quarter to a half less time in the regex).
const PIECE =
  /@(?<![\p{L}\p{N}_.]@)(?=[\p{L}\p{N}_]*\p{L})[\p{L}\p{N}_]{2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+|,(?<=\p{N},)\p{N}{3}(?!\p{N}))*(?:['’](?<=[sS]['’])(?= \p{L})|\.(?<=\.\p{L}\.)['’]s(?![\p{L}\p{N}]))?|[^ \n\t\r]/gu;
const WORD_START = /^[\p{L}\p{N}]/u;
const QUOTES = new Set(['"', '“', '”', '„', '«', '»', "'", '‘', '’']);
const UPPER = /^\p{Lu}/u;

/** Starts with an upper-case letter; ASCII decided without the regex (most words). */
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
}

/** A piece is a word when it starts with a letter or digit (else it is one character). */
function isWord(piece: string): boolean {
  const c = piece.charCodeAt(0);
  if (c === 64) return piece.length > 1;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return WORD_START.test(piece);
}

/** The word without its possessive ending ("university's", "nations'"). */
function possessiveBase(lower: string): string {
  // Every ending below closes with "s" or an apostrophe; most words end otherwise.
  const last = lower.charCodeAt(lower.length - 1);
  if (last !== 115 && last !== 39) return lower;
  if (lower.endsWith(".'s")) return lower.slice(0, -3);
  if (lower.endsWith("'s") && lower.length > 2) return lower.slice(0, -2);
  return lower.endsWith("s'") ? lower.slice(0, -1) : lower;
}

/** Splits text into words, quote marks and other punctuation, with offsets. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const pieces = text.match(PIECE);
  if (pieces === null) return tokens;
  let i = 0;
  // Index loops here and in the engine's other hottest loops: a for-of loop's iterator
  // results are allocations in the unoptimized code a fresh page runs.
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p] as string;
    // Only spaces, tabs and line breaks lie between pieces.
    for (let c = text.charCodeAt(i); c === 32 || c === 10 || c === 9 || c === 13;)
      c = text.charCodeAt(++i);
    const end = i + piece.length;
    if (isWord(piece)) {
      const lower = piece.includes('’')
        ? piece.toLowerCase().replace(/’/g, "'")
        : piece.toLowerCase();
      tokens.push({
        text: piece,
        lower,
        base: possessiveBase(lower),
        type: 'word',
        start: i,
        end,
        cap: isCapital(piece),
      });
    } else
      tokens.push({
        text: piece,
        lower: piece,
        base: piece,
        type: QUOTES.has(piece) ? 'quote' : 'punct',
        start: i,
        end,
        cap: false,
      });
    i = end;
  }
  return tokens;
}
