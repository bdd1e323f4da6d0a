/**
 * Sentence boundaries (Unicode UAX #29, the rules `Intl.Segmenter` follows with
 * `granularity: 'sentence'`) for text written only in characters whose sentence-break class
 * is known here: ASCII, the letters of Latin-1 and Latin Extended-A and -B that are upper or
 * lower case, the no-break space, the ellipsis, « », ‘ ’ “ ” and the en and em
 * dashes. Any other character: null, and the caller asks the segmenter.
 *
 * Why: the segmenter's first use loads ICU's break rules, 20-30 ms of every process and
 * worker thread (the CLI's start-up for one file), and each call costs a fixed ~20 us. For
 * these characters the rules are short, and the result is the segmenter's, offset for offset:
 * tests/unit/cli/sentence-breaks.test.ts compares the two over every string of up to four
 * characters from one representative per class, over random strings of every known
 * character, and over prose (checked once up to six characters: 1.9 million strings).
 */

// Sentence_Break classes (UAX #29, table 4) that occur in the known characters.
const OTHER = 0;
const CR = 1;
const LF = 2;
const SP = 3;
const LOWER = 4;
const UPPER = 5;
const NUMERIC = 6;
const ATERM = 7;
const STERM = 8;
const CLOSE = 9;
const SCONTINUE = 10;
/** Not known here: the whole text goes to the segmenter. */
const UNKNOWN = 255;

const UPPERCASE = /^\p{Uppercase}$/u;
const LOWERCASE = /^\p{Lowercase}$/u;

const TABLE_SIZE = 0x2020;
const CLASSES = ((): Uint8Array => {
  const t = new Uint8Array(TABLE_SIZE).fill(UNKNOWN);
  const set = (chars: string, cls: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = cls;
  };
  for (let c = 0x20; c < 0x7f; c++) t[c] = OTHER;
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUMERIC;
  for (let c = 0x41; c <= 0x5a; c++) t[c] = UPPER;
  for (let c = 0x61; c <= 0x7a; c++) t[c] = LOWER;
  // Latin-1 and Latin Extended-A and -B letters: Upper and Lower are the Unicode properties.
  for (let c = 0xc0; c <= 0x24f; c++) {
    const ch = String.fromCharCode(c);
    if (UPPERCASE.test(ch)) t[c] = UPPER;
    else if (LOWERCASE.test(ch)) t[c] = LOWER;
  }
  t[0xd7] = OTHER; // ×
  t[0xf7] = OTHER; // ÷
  t[0x2026] = OTHER; // …
  set('\t\u000b\u000c \u00a0', SP);
  t[0x0d] = CR;
  t[0x0a] = LF;
  set('.', ATERM);
  set('!?', STERM);
  set('"\'()[]{}\u00ab\u00bb\u2018\u2019\u201c\u201d', CLOSE);
  set(',-:;\u2013\u2014', SCONTINUE);
  return t;
})();

/**
 * Where each sentence starts (the first is 0), as `Intl.Segmenter` would cut `text`; null
 * when a character of the text is not one this module knows. Empty text: no sentence.
 */
export function sentenceStarts(text: string): number[] | null {
  const n = text.length;
  const cls = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    const c = code < TABLE_SIZE ? (CLASSES[code] as number) : UNKNOWN;
    if (c === UNKNOWN) return null;
    cls[i] = c;
  }
  const starts: number[] = n > 0 ? [0] : [];
  let i = 0;
  while (i < n) {
    const c = cls[i] as number;
    if (c === CR || c === LF) {
      // SB3, SB4: CR × LF; a paragraph separator ends its sentence.
      i += c === CR && cls[i + 1] === LF ? 2 : 1;
      if (i < n) starts.push(i);
      continue;
    }
    if (c !== ATERM && c !== STERM) {
      i++; // SB998: no break
      continue;
    }
    // SB9, SB10: SATerm Close* Sp* stay with the sentence.
    const term = i;
    let j = i + 1;
    while (j < n && cls[j] === CLOSE) j++;
    while (j < n && cls[j] === SP) j++;
    if (j >= n) break;
    const next = cls[j] as number;
    // SB11 with a paragraph separator: the break comes after it (above).
    if (next !== CR && next !== LF && !keepsGoing(cls, c, term, j)) starts.push(j);
    i = j;
  }
  return starts;
}

/** SB6, SB7, SB8, SB8a: the sentence ended by the terminator at `term` goes on at `at`. */
function keepsGoing(cls: Uint8Array, term: number, termAt: number, at: number): boolean {
  const next = cls[at] as number;
  if (next === SCONTINUE || next === ATERM || next === STERM) return true; // SB8a
  if (term !== ATERM) return false;
  if (at === termAt + 1) {
    if (next === NUMERIC) return true; // SB6: "3.5"
    const before = termAt > 0 ? cls[termAt - 1] : undefined;
    if (next === UPPER && (before === UPPER || before === LOWER)) return true; // SB7: "U.S"
  }
  // SB8: a lower-case letter before any letter or terminator: "e.g. the".
  for (let k = at; k < cls.length; k++) {
    const c = cls[k] as number;
    if (c === LOWER) return true;
    if (c === UPPER || c === CR || c === LF || c === ATERM || c === STERM) return false;
  }
  return false;
}
