/** Token tests and span helpers shared by source finding and classification. */
import type { SentenceContext } from '../context';
import { SOURCE_PHRASE_TABLES, tablesOpenedBy, type CompiledPack } from '../lang/compile';
import type { OutletMention } from '../outlets';
import type { Token } from '../text';
import { roleAsLastName } from './last-name-role';
import type { Span } from './types';

export const DIGIT = /\d/;
/** A capitalised word of a name, also after an elided prefix ("O'Hara", "D'Souza"). */
export const TITLE = /^\p{Lu}(?:['’]\p{Lu})?[\p{Ll}\p{M}]/u;
export const INITIAL = /^\p{Lu}$/u;
export const ALL_CAPS = /^[\p{Lu}\d-]{2,}$/u;
/** A day, month or year in figures ("12", "2024"); "G20" is a name. */
export const NUMBER = /^\d+$/u;

/** The "(" of an age in brackets closing at token `close`, its unit perhaps written ("(45)",
 * "(61 tahun)"), or null. */
export function ageBracketOpen(ctx: SentenceContext, close: number): number | null {
  const { tokens, pack } = ctx;
  if (tokens[close]?.text !== ')') return null;
  const n = pack.ageUnits.has(tokens[close - 1]?.lower ?? '') ? close - 2 : close - 1;
  return NUMBER.test(tokens[n]?.text ?? '') && tokens[n - 1]?.text === '(' ? n - 1 : null;
}

/** The ")" of an age in brackets opening at token `open`, or null. */
export function ageBracketClose(ctx: SentenceContext, open: number): number | null {
  const { tokens, pack } = ctx;
  if (tokens[open]?.text !== '(' || !NUMBER.test(tokens[open + 1]?.text ?? '')) return null;
  const close = pack.ageUnits.has(tokens[open + 2]?.lower ?? '') ? open + 3 : open + 2;
  return tokens[close]?.text === ')' ? close : null;
}

const AGE = /^\d{1,3}$/u;

/** An age set off by commas, the first at token `comma` ("Lopez, 42, said"): a name before
 * it is a person's. */
export function ageBetweenCommas(tokens: readonly Token[], comma: number): boolean {
  return (
    tokens[comma]?.text === ',' &&
    AGE.test(tokens[comma + 1]?.text ?? '') &&
    tokens[comma + 2]?.text === ','
  );
}

/** Lower-case words a relative clause may open with before its pronoun ("a copy of which"). */
const MAX_PARTITIVE_WORDS = 3;

/** A relative clause opening with a part of what it describes after the comma at `comma`:
 * "The report, a copy of which was seen by ...", "Staff, many of whom have quit, ...". */
export function partitiveRelative(ctx: SentenceContext, comma: number): boolean {
  const { tokens, pack } = ctx;
  const first = tokens[comma + 1];
  if (!first || first.type !== 'word' || first.cap || ctx.quoted[comma + 1]) return false;
  for (let k = comma + 2; k <= comma + MAX_PARTITIVE_WORDS + 1; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return false;
    if (pack.relativePronouns.has(t.lower) || pack.thingRelatives.has(t.lower)) return true;
    if (t.cap) return false;
  }
  return false;
}

/** The comma `comma` opens a relative clause: ", which ...", ", who ...", or a partitive
 * one (", a copy of which ..."). */
export function relativeClauseAt(ctx: SentenceContext, comma: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[comma]?.text !== ',') return false;
  const next = tokens[comma + 1]?.lower ?? '';
  if (pack.relativePronouns.has(next) || pack.thingRelatives.has(next)) return true;
  return partitiveRelative(ctx, comma);
}

/** The comma grouping a number's digits ("3,000"): no break between phrases. */
export function digitGroupComma(tokens: readonly Token[], k: number): boolean {
  const [prev, t, next] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if (t?.text !== ',' || !prev || !next || prev.end !== t.start || next.start !== t.end)
    return false;
  return /\d$/u.test(prev.text) && /^\d{3}/u.test(next.text);
}
const UPPER_FIRST = /^\p{Lu}/u;
/** A web address written as a word ("shipfinder.net", "Example.co.uk"): dotted parts, the
 * last of two to six lower-case letters. */
export const WEB_DOMAIN = /^[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.\p{Ll}{2,6}$/u;

/** A past participle in lower case: by the pack's verb-form ending ("published") or one of
 * its irregular forms ("taken", "written"). */
export function pastParticiple(pack: CompiledPack, t: Token | undefined): boolean {
  if (t?.type !== 'word' || t.cap) return false;
  const long = (e: string) => t.lower.length > e.length + 2 && t.lower.endsWith(e);
  return pack.data.accordanceSuffixes.some(long) || pack.irregularParticiples.has(t.lower);
}

/** Does the lower-case word end like a participle of the pack ("speaking", "interviewed"),
 * with a stem of three letters or more before the ending? */
export function hasParticipleEnding(pack: CompiledPack, lower: string): boolean {
  return pack.data.participleEndings.some((e) => lower.length > e.length + 2 && lower.endsWith(e));
}

/** A lower-case word token with a participle's ending (hasParticipleEnding). */
export function participleForm(pack: CompiledPack, t: Token | undefined): boolean {
  return t?.type === 'word' && !t.cap && hasParticipleEnding(pack, t.lower);
}

export function isWord(t: Token | undefined): t is Token {
  return t !== undefined && t.type === 'word';
}

/** A site handle ("@harbour_watch"): an account's name, in any language. */
export const isHandle = (t: Token | undefined): boolean =>
  t !== undefined && t.type === 'word' && t.text.charCodeAt(0) === 64;

/** A word of letters with digits, not all capitals ("G20", "F35" are codes). */
const LETTERS_DIGITS = /^(?=.*\d)\p{L}[\p{L}\d]{3,}$/u;

/** A word no one would write for a name: a handle with its "@", or letters with digits
 * ("fennick42"). */
export const isCodedHandle = (t: Token | undefined): boolean =>
  isHandle(t) || (isWord(t) && LETTERS_DIGITS.test(t.text) && t.text !== t.text.toUpperCase());

/** Per sentence: the length of the longest source phrase starting at each token, looked up
 * on first use (-1: not yet looked up). */
const phraseStarts = new WeakMap<SentenceContext, number[]>();
/** Per pack: words in its longest source phrase. */
const longestPhrase = new WeakMap<CompiledPack, number>();

function phraseAt(ctx: SentenceContext, starts: number[], j: number): number {
  let len = starts[j] ?? 0;
  if (len >= 0) return len;
  len = 0;
  const t = ctx.tokens[j];
  const tables =
    t?.type === 'word' ? tablesOpenedBy(ctx.pack, SOURCE_PHRASE_TABLES).get(t.base) : undefined;
  if (tables)
    for (const table of tables) len = Math.max(len, ctx.pack[table].matchAt(ctx.tokens, j));
  starts[j] = len;
  return len;
}

/** Is token i covered by a multi-word source phrase ("dalam negeri" is one, "dalam" alone is
 * not)? Only the starts that could reach token i are looked up, each once per sentence:
 * most sentences are asked about a few tokens only. */
export function inSourcePhrase(ctx: SentenceContext, i: number): boolean {
  let starts = phraseStarts.get(ctx);
  if (!starts) {
    starts = new Array<number>(ctx.tokens.length).fill(-1);
    phraseStarts.set(ctx, starts);
  }
  let longest = longestPhrase.get(ctx.pack);
  if (longest === undefined) {
    longest = Math.max(...SOURCE_PHRASE_TABLES.map((t) => ctx.pack[t].longest));
    longestPhrase.set(ctx.pack, longest);
  }
  for (let j = Math.max(0, i - longest + 1); j <= i; j++)
    if (phraseAt(ctx, starts, j) > i - j) return true;
  return false;
}

/** Does a source phrase of two or more words start at token i? Then a verb-looking first
 * word is its modifier: "state" in "the Chinese state news agency said". */
export function startsSourcePhrase(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  const tables = t ? tablesOpenedBy(ctx.pack, SOURCE_PHRASE_TABLES).get(t.base) : undefined;
  if (tables)
    for (const table of tables) if (ctx.pack[table].matchAt(ctx.tokens, i) > 1) return true;
  return false;
}

/**
 * A lower-case particle inside a person's name: "al-Hamdan" (joined by a hyphen to a
 * capitalised part), "bin" in "Ahmed bin Salem", "von der" in "Ursula von der Leyen"
 * (between a capitalised word and the capitalised rest of the name).
 */
export function particleAt(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i];
  if (!t || t.type !== 'word' || t.cap) return false;
  const dash = t.lower.indexOf('-');
  if (dash > 0)
    return (
      pack.nameParticles.has(t.lower.slice(0, dash)) && UPPER_FIRST.test(t.text.slice(dash + 1))
    );
  if (!pack.nameParticles.has(t.lower)) return false;
  let k = i - 1;
  while (
    k >= 0 &&
    tokens[k]?.type === 'word' &&
    !tokens[k]?.cap &&
    pack.nameParticles.has(tokens[k]?.lower ?? '')
  )
    k--;
  let n = i + 1;
  while (
    n < tokens.length &&
    tokens[n]?.type === 'word' &&
    !tokens[n]?.cap &&
    pack.nameParticles.has(tokens[n]?.lower ?? '')
  )
    n++;
  return (
    tokens[k]?.type === 'word' &&
    tokens[k]?.cap === true &&
    tokens[n]?.type === 'word' &&
    tokens[n]?.cap === true
  );
}

export function hasRole(ctx: SentenceContext, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const len = ctx.pack.roles.matchAt(ctx.tokens, i, span.end);
    if (len > 0 && !roleAsLastName(ctx, { table: 'roles', at: i, len }, span.end)) return true;
  }
  return false;
}

export function hasNameish(ctx: SentenceContext, span: Span): boolean {
  for (let i = span.start; i < span.end; i++) {
    const t = ctx.tokens[i] as Token;
    if (t.type === 'word' && t.cap && !ctx.pack.sourceWords.has(t.base) && !inSourcePhrase(ctx, i))
      return true;
  }
  return false;
}

/** A party letter joined to a place ("R-OH", "D-Vt"): a tag after a person's name, no
 * institution's acronym. */
const LETTER_TAG = /^\p{Lu}-/u;

/** The span ends with an acronym in parentheses: "(BMKG)", an institution's abbreviation. */
export function endsWithAcronym(tokens: readonly Token[], end: number): boolean {
  const inner = tokens[end - 2]?.text ?? '';
  return (
    tokens[end - 1]?.text === ')' &&
    ALL_CAPS.test(inner) &&
    !NUMBER.test(inner) &&
    !LETTER_TAG.test(inner) &&
    tokens[end - 3]?.text === '('
  );
}

export function spanText(ctx: SentenceContext, span: Span): string {
  const first = ctx.tokens[span.start];
  const last = ctx.tokens[span.end - 1];
  if (!first || !last) return '';
  return ctx.text.slice(first.start, last.end);
}

export function tokensText(ctx: SentenceContext, start: number, end: number): string {
  return spanText(ctx, { start, end });
}

export function trimCommas(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s[a] === ',' || s[a] === ' ')) a++;
  while (b > a && (s[b - 1] === ',' || s[b - 1] === ' ')) b--;
  return s.slice(a, b);
}

export function wordCount(tokens: readonly Token[], span: Span): number {
  let n = 0;
  for (let i = span.start; i < span.end; i++) if (tokens[i]?.type === 'word') n++;
  return n;
}

/** Longest note in parentheses closing a phrase ("(D-Ohio)", "(35)"), in tokens. */
const MAX_NOTE_TOKENS = 6;

/** A note's word that names nothing: a party and state ("D-Ohio"), an age, a lower-case word
 * ("pictured"), a party's letter alone ("(D)"); a capitalised word alone may be an acronym or
 * a firm's form ("(RAB)"). */
const noteWord = (t: Token): boolean => !t.cap || /[\d-]/u.test(t.text) || INITIAL.test(t.text);

/** The "(" of a short note in parentheses closed at token `close` ("(D-Ohio)", "(35)", "(D)",
 * "(D-Vt.)", "(Mich.)"): its words name nothing, or are abbreviated with a dot (a place's short
 * form). Null when there is none. */
export function noteOpenAt(tokens: readonly Token[], close: number): number | null {
  if (tokens[close]?.text !== ')') return null;
  for (let k = close - 1; k >= 0 && close - k <= MAX_NOTE_TOKENS; k--) {
    const t = tokens[k];
    if (t?.text === ')') return null;
    if (t?.text !== '(') continue;
    let words = 0;
    for (let i = k + 1; i < close; i++) {
      const w = tokens[i] as Token;
      if (w.type !== 'word') continue;
      words++;
      if (!noteWord(w) && !(tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === w.end))
        return null;
    }
    return words > 0 ? k : null;
  }
  return null;
}

/** The span without a short note in parentheses closing it ("Senator Jane Roe (D-Ohio)"). */
export function beforeClosingNote(tokens: readonly Token[], span: Span): Span {
  const open = noteOpenAt(tokens, span.end - 1);
  return open !== null && open > span.start ? { start: span.start, end: open } : span;
}

/** Where a party-and-state note set after a name by a comma ends (", R-Mass.", ", D-Ohio"):
 * one capital, a hyphen and a capitalised word, with its abbreviation dot; `k` itself when
 * the tokens at `k` are no such note. */
export function partyNoteEnd(tokens: readonly Token[], k: number): number {
  const note = tokens[k + 1];
  if (tokens[k]?.text !== ',' || !note || !/^\p{Lu}-\p{Lu}\p{L}*$/u.test(note.text)) return k;
  const dot = tokens[k + 2];
  return dot?.text === '.' && dot.start === note.end && tokens[k + 3] ? k + 3 : k + 2;
}

export function lastWordIndex(tokens: readonly Token[], span: Span): number {
  for (let i = span.end - 1; i >= span.start; i--) if (tokens[i]?.type === 'word') return i;
  return -1;
}

/** Index of the first mention starting at or after `offset` (mentions come in text order):
 * a binary search, so a sentence naming many outlets costs no scan per cue. */
export function firstMentionFrom(mentions: readonly OutletMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((mentions[mid] as OutletMention).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The outlet named inside the span, if the registry knows one. */
export function outletIn(ctx: SentenceContext, span: Span): OutletMention | null {
  const from = ctx.tokens[span.start]?.start ?? 0;
  const to = ctx.tokens[span.end - 1]?.end ?? 0;
  const { outlets } = ctx;
  const m = outlets[firstMentionFrom(outlets, from)];
  return m && m.end <= to ? m : null;
}

/** An owner of the words after it: an abbreviation's stop ("the U.N. human rights office"),
 * a possessive, or a name after a determiner ("the Allied Nations human rights office"); a
 * name opening the sentence may be the subject of a verb instead. */
export function ownerName(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  if (tokens[i]?.text === '.') return pack.abbreviations.has(tokens[i - 1]?.lower ?? '');
  const name = (k: number) => {
    const t = tokens[k];
    return !!t && t.type === 'word' && t.cap && !ctx.quoted[k] && !pack.stopwords.has(t.lower);
  };
  if (!name(i)) return false;
  if ((tokens[i] as Token).base !== (tokens[i] as Token).lower) return true;
  let k = i;
  while (name(k - 1)) k--;
  return pack.determiners.has(tokens[k - 1]?.lower ?? '');
}
