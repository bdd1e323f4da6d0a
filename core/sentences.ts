/**
 * Sentence splitting for news text: `Intl.Segmenter`'s cuts first (worked out without it for
 * Latin-script text, core/sentence-breaks.ts, with the same result), then the corrections
 * they need in news copy. Offsets index into the text given (callers pass whitespace-collapsed
 * text).
 *
 * Corrections, in order:
 * - no break after an abbreviation ("U.S.", "Dr.", "Jl.", "No.") or an initial ("H. M.",
 *   "Mara T. Ellison"), which the segmenter takes for a full stop ("No." only before a
 *   figure: "he said no. But ..." ends a sentence);
 * - no break before a piece that starts in lower case (`"Kapan?" tanya dia`);
 * - a quotation that runs over several sentences stays one sentence up to its closing mark,
 *   so `"A. B," he said.` keeps the cue with its quote (bounded: see MAX_QUOTE_SPAN).
 * - a stop typed right before an opening curly quote and a capital (`in May.“We`) ends the
 *   sentence before the quote, not after it.
 * Decimals ("3.5", "14.000") are already kept whole by the segmenter.
 */
import { sentenceStarts } from './sentence-breaks';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** A quote longer than this is more likely an unbalanced mark than a real quotation. */
const MAX_QUOTE_SPAN = 600;

interface Segment {
  segment: string;
  index: number;
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/**
 * The segmenter's pieces of `text`: worked out here when every character's sentence-break
 * class is known (core/sentence-breaks.ts, the same cuts), so most processes never load
 * ICU's break rules; otherwise asked of the segmenter.
 */
function segments(text: string, locale: string): Segment[] {
  const starts = sentenceStarts(text);
  if (starts === null) return Array.from(segmenter(locale).segment(text));
  return starts.map((index, k) => ({
    index,
    segment: text.slice(index, starts[k + 1] ?? text.length),
  }));
}

const TRAILING_CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);
const LETTER_OR_DOT = /[\p{L}.]/u;
const STARTS_LOWER = /^["'“”‘’(\s]*\p{Ll}/u;
// `...is it true?" Doe said.`: a short cue piece after a question or exclamation in quotes.
const ENDS_QUOTED_QUESTION = /[?!]["”’]$/;
const MAX_CUE_TAIL_WORDS = 8;
const OPEN_QUOTES = new Set(['“', '«', '„']);
const CLOSE_QUOTES = new Set(['”', '»']);

export interface SplitOptions {
  /** Lower-case abbreviations without their final dot ("u.s", "dr", "jl"). */
  abbreviations?: ReadonlySet<string>;
  /** Those of them that abbreviate only before a figure ("no": "No. 5", but "said no."). */
  numberAbbreviations?: ReadonlySet<string>;
  locale?: string;
}

/** The word right before a final full stop: "U.S" in "the U.S.", "Dr" in "Dr.". Scanned
 * backwards by hand: a regex anchored at the end would rescan the piece at every start. */
function wordBeforeFinalStop(piece: string): string | null {
  let i = piece.length - 1;
  while (i >= 0 && TRAILING_CLOSERS.has(piece[i] as string)) i--;
  if (piece[i] !== '.') return null;
  const end = i;
  i--;
  while (i >= 0 && end - i < 30 && LETTER_OR_DOT.test(piece[i] as string)) i--;
  const word = piece.slice(i + 1, end);
  return word === '' ? null : word;
}

export function endsWithAbbreviation(piece: string, abbreviations: ReadonlySet<string>): boolean {
  const word = wordBeforeFinalStop(piece);
  if (!word) return false;
  // A single capital is an initial ("H.", "F."); dotted forms are abbreviations ("U.S").
  if (ONE_CAPITAL.test(word)) return true;
  if (word.includes('.') && DOTTED.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

/** The piece `tail` ends with an abbreviation that stands only before a figure ("No. 5") and
 * the next piece opens with no figure: the stop ends a sentence ("He said no. But ..."). */
function figureMissing(tail: string, next: string, numberAbbreviations: ReadonlySet<string>) {
  if (numberAbbreviations.size === 0) return false;
  const word = wordBeforeFinalStop(tail);
  return word !== null && numberAbbreviations.has(word.toLowerCase()) && !/^\s*\d/.test(next);
}

/** An initial ("H") and a dotted abbreviation ("U.S"): asked at every stop. */
const ONE_CAPITAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

/** Net quote state after a piece: straight quotes toggle, curly ones open/close. */
const ANY_QUOTE = /["“”«»„]/;

/** The same marks, each found by the regex engine: only they are looked at, not every
 * character (all in the BMP, so no surrogate pair is ever cut). */
const QUOTE_MARK = /["“”«»„]/g;

function quoteOpenAfter(piece: string, open: boolean): boolean {
  if (!ANY_QUOTE.test(piece)) return open;
  let state = open;
  QUOTE_MARK.lastIndex = 0;
  for (let m = QUOTE_MARK.exec(piece); m !== null; m = QUOTE_MARK.exec(piece)) {
    const ch = m[0];
    if (ch === '"') state = !state;
    else if (OPEN_QUOTES.has(ch)) state = true;
    else if (CLOSE_QUOTES.has(ch)) state = false;
  }
  return state;
}

/**
 * `Intl.Segmenter` slows down sharply on long strings (a 100x longer paragraph took
 * 29,000x longer), so it only ever sees windows of about this many characters.
 */
const SEGMENT_WINDOW = 2000;

/** Raw segmenter pieces over the whole text, trimmed, offsets into `text`. */
// Where a sentence can end (UAX #29: STerm, ATerm, paragraph separators), and what may follow
// the only end in the same segment (closing punctuation and quotes, then spaces).
const SENTENCE_END_CHAR = /[\p{Sentence_Terminal}\u2024\n\r\u0085\u2028\u2029]/u;
const END_TAIL = /^[\p{Sentence_Terminal}\u2024][\p{Pe}\p{Pf}\p{Pi}"']*[ \t\u00a0]*$/u;

/**
 * A block with no possible sentence end before its closing run is one segment: the segmenter
 * (a fixed ~20 us per call) is not asked. Many news paragraphs are one sentence.
 */
export function isOneSentence(text: string): boolean {
  if (text.length > SEGMENT_WINDOW) return false;
  const end = SENTENCE_END_CHAR.exec(text);
  return end === null || END_TAIL.test(text.slice(end.index));
}

function rawPieces(text: string, locale: string): Sentence[] {
  const raw: Sentence[] = [];
  const push = (piece: string, at: number): void => {
    const trimmed = piece.trimEnd();
    const lead = trimmed.length - trimmed.trimStart().length;
    if (lead === trimmed.length) return;
    raw.push({ text: trimmed.slice(lead), start: at + lead, end: at + trimmed.length });
  };
  if (isOneSentence(text)) {
    push(text, 0);
    return raw;
  }
  let pos = 0;
  while (pos < text.length) {
    const last = pos + SEGMENT_WINDOW >= text.length;
    const chunk = last ? text.slice(pos) : text.slice(pos, pos + SEGMENT_WINDOW);
    const pieces = segments(chunk, locale);
    // The window's last piece may be a sentence cut in two: segment it again with what follows.
    let next = last ? text.length : pos + (pieces[pieces.length - 1]?.index ?? 0);
    if (next === pos) {
      // No sentence end in a whole window: cut at its last space, or hard at its end.
      const space = chunk.lastIndexOf(' ');
      next = pos + (space > 0 ? space + 1 : chunk.length);
      // Never split a surrogate pair.
      if (space <= 0 && /[\uDC00-\uDFFF]/.test(text.charAt(next))) next--;
      push(text.slice(pos, next), pos);
    } else {
      const keep = last ? pieces : pieces.slice(0, -1);
      for (const p of keep) push(p.segment, pos + p.index);
    }
    pos = next;
  }
  return raw;
}

/** The segmenter cuts `in May.“We` after the quote mark, so the quote would open nothing
 * and glue the two sentences back: the mark goes with the sentence it opens. */
const STOP_THEN_OPENING = /[\p{Ll}\d][.!?]“$/u;

function moveOpeningQuotes(pieces: Sentence[]): Sentence[] {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const piece = pieces[k] as Sentence;
    const next = pieces[k + 1] as Sentence;
    if (next.start !== piece.end || !STOP_THEN_OPENING.test(piece.text)) continue;
    if (!/^\p{Lu}/u.test(next.text)) continue;
    piece.text = piece.text.slice(0, -1);
    piece.end -= 1;
    next.text = `“${next.text}`;
    next.start -= 1;
  }
  return pieces;
}

/** "... di hulu. ,“Jadi ...": a comma a scraper left between a sentence's stop and the
 * quotation opening the next keeps the segmenter from cutting there (UAX #29 rule SB8a). */
const STOP_COMMA_QUOTE = /[.!?] ,(?=[“"]\p{Lu})/gu;

function cutStrayCommas(pieces: Sentence[]): Sentence[] {
  // Only a piece with " ," can hold one: the others are not searched (matchAll copies its
  // regex at every call, and this ran for every piece of every paragraph).
  if (!pieces.some((piece) => piece.text.includes(' ,'))) return pieces;
  return pieces.flatMap((piece) => {
    const out: Sentence[] = [];
    let from = 0;
    for (const m of piece.text.matchAll(STOP_COMMA_QUOTE)) {
      const stop = m.index + 1;
      out.push({
        text: piece.text.slice(from, stop),
        start: piece.start + from,
        end: piece.start + stop,
      });
      from = m.index + m[0].length;
    }
    if (from === 0) return [piece];
    out.push({ text: piece.text.slice(from), start: piece.start + from, end: piece.end });
    return out;
  });
}

export function splitSentences(text: string, options: SplitOptions = {}): Sentence[] {
  const abbreviations = options.abbreviations ?? new Set<string>();
  const numberAbbreviations = options.numberAbbreviations ?? new Set<string>();
  const raw = cutStrayCommas(moveOpeningQuotes(rawPieces(text, options.locale ?? 'en')));

  // Pass 1: glue pieces the segmenter split wrongly. The glue test reads only the last
  // piece glued on (`tail`), so a long run of glued pieces stays linear.
  const glued: Sentence[] = [];
  let tail = '';
  for (const piece of raw) {
    const prev = glued[glued.length - 1];
    if (
      prev &&
      ((endsWithAbbreviation(tail, abbreviations) &&
        !figureMissing(tail, piece.text, numberAbbreviations)) ||
        STARTS_LOWER.test(piece.text) ||
        (ENDS_QUOTED_QUESTION.test(tail) &&
          !/^["“‘]/.test(piece.text) &&
          piece.text.split(' ').length <= MAX_CUE_TAIL_WORDS))
    ) {
      prev.end = piece.end;
      tail = piece.text;
      continue;
    }
    glued.push({ ...piece });
    tail = piece.text;
  }
  for (const g of glued) g.text = text.slice(g.start, g.end);

  // Pass 2: keep a multi-sentence quotation together when it closes soon enough.
  const out: Sentence[] = [];
  let i = 0;
  while (i < glued.length) {
    const first = glued[i] as Sentence;
    let open = quoteOpenAfter(first.text, false);
    let j = i;
    if (open) {
      let k = i + 1;
      while (k < glued.length && (glued[k] as Sentence).end - first.start <= MAX_QUOTE_SPAN) {
        open = quoteOpenAfter((glued[k] as Sentence).text, open);
        if (!open) break;
        k++;
      }
      if (!open && k < glued.length) j = k;
    }
    const last = glued[j] as Sentence;
    out.push({ text: text.slice(first.start, last.end), start: first.start, end: last.end });
    i = j + 1;
  }
  return out;
}
