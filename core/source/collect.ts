/**
 * Collecting the words of a source phrase token by token, leftwards from a verb or
 * rightwards from a preposition, and trimming what is no part of it. Linear in the phrase.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { approximatedLeft, boundOfCountAt, countedLeft } from './counted-people';
import { partitiveEndingAt } from './partitive';
import { placeAfterName } from './place-after-name';
import { portfolioListComma } from './portfolio-list';
import { isPersonNoun } from './stages/common-noun';
import { madeUpBracketOpen } from './stages/pseudonym';
import { lexiconNoun, plainWord, pronounFormInName, sourceish } from './source-word';
import { ageBracketClose, ageBracketOpen, INITIAL, isWord, noteOpenAt, NUMBER } from './tokens';
import type { Span } from './types';

/** A source phrase longer than this is a clause, not a name. */
const MAX_SOURCE_TOKENS = 24;
/** Words between a noun and the word pointing back: "perusahaan raksasa mesin pencari itu". */
const MAX_POINTED_MODIFIERS = 3;

/** Words describing a person between the noun and a pointing word ("pria berusia 54 tahun
 * itu", "ayah dua anak itu"). */
const MAX_POINTED_DESCRIPTION = 6;

/**
 * "Pria berusia 45 tahun itu mengatakan", "Pembalap asal Spanyol itu": from the word before a
 * pointing word, back over words and figures (an age, a count, a place) to a noun for a person; its index, or `i` when
 * the words lead to none.
 */
function describedPersonLeft(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return i;
  for (let k = i; k >= 0 && i - k < MAX_POINTED_DESCRIPTION; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k] || pack.cueWords.has(t.lower)) return i;
    if (k < i && (pack.anonymous.matchAt(tokens, k) > 0 || isPersonNoun(pack.data, t.lower)))
      return k;
  }
  return i;
}

/**
 * A slash glued between a unit's number or name and a capitalised name ("Korem
 * 061/Suryakencana", "Kodam III/Siliwangi", "RT 05/RW 03"): one name of a unit. Not a date
 * ("2/6/2025"), whose slash is followed by a figure.
 */
function unitSlash(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  const [before, slash, after] = [tokens[i - 1], tokens[i], tokens[i + 1]];
  return (
    slash?.text === '/' &&
    isWord(before) &&
    isWord(after) &&
    after.cap &&
    /^\p{Lu}/u.test(after.text) &&
    before.end === slash.start &&
    after.start === slash.end &&
    !ctx.quoted[i + 1]
  );
}

/** "before he left for Paris on Tuesday the treasurer told": a definite article before a
 * common noun, right after a capitalised word with no comma, opens the phrase; the name
 * before it is no part of it (a place, a day). */
function opensAfterName(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const [prev, t, next] = [tokens[i - 1], tokens[i] as Token, tokens[i + 1]];
  if (!pack.definiteDeterminers.has(t.lower) || !isWord(next) || next.cap) return false;
  return isWord(prev) && prev.cap && !ctx.quoted[i - 1] && !pack.connectors.has(prev.lower);
}

/** Collects source-ish tokens leftwards from `from` (inclusive), without crossing commas. */
export function collectLeft(ctx: SentenceContext, from: number): number {
  const { tokens, quoted } = ctx;
  let i = from;
  // "One of them said": a count of a group, its pronoun last, is the whole source.
  const part = partitiveEndingAt(ctx, i);
  if (part >= 0) return part;
  // A pronoun is the whole source: "bulan Mei mereka lapor" is "mereka".
  const first = tokens[i];
  if (
    isWord(first) &&
    (ctx.pack.personPronouns.has(first.lower) || ctx.pack.groupPronouns.has(first.lower)) &&
    !pronounFormInName(ctx, i)
  )
    return i;
  // "Mantan Kepala Dinas ini": a pointing word may close the phrase.
  if (isWord(tokens[i]) && ctx.pack.anaphoricMarkers.has((tokens[i] as Token).lower)) {
    i--;
    // "Perusahaan raksasa mesin pencari itu": words describing the noun before the pointer.
    let k = i;
    while (k >= 0 && i - k < MAX_POINTED_MODIFIERS && plainWord(ctx, k)) k--;
    if (k < i && ctx.pack.data.adjectivesAfterNoun && lexiconNoun(ctx, k)) i = k;
    else i = describedPersonLeft(ctx, i);
  }
  while (i >= 0 && from - i < MAX_SOURCE_TOKENS) {
    const t = tokens[i] as Token;
    if (quoted[i]) break;
    if (t.type === 'word') {
      if (!sourceish(ctx, i)) break;
      if (i < from && opensAfterName(ctx, i)) {
        i--;
        break;
      }
    } else if (t.text === ')' && ageBracketOpen(ctx, i) !== null) {
      // "Suparmi (61 tahun)": an age in brackets, its unit written, belongs to the name.
      i = ageBracketOpen(ctx, i) as number;
    } else if (t.text === '(' || t.text === ')') {
      // "Kepala Badan Pusat Statistik (BPS) Andi Pratama"; "Kenanga (nama samaran)": a
      // bracket saying the name is made up belongs to the name (stage pseudonym). A note
      // with a dotted short form ("Jane Roe (D-Vt.)") is passed whole: its dot ends nothing.
      i = madeUpBracketOpen(ctx, i) ?? dottedNoteOpen(ctx, i) ?? i;
    } else if (i < from && firmAmpersand(ctx, i)) {
      // "Ernst & Young", "Procter & Gamble": one firm's name, with the word before the
      // ampersand whatever it is ("AT&T": "AT" is no function word there).
      i--;
    } else if (i < from && unitSlash(ctx, i)) {
      // "Ketua RT 05/RW 03 Bambang"
    } else if (i < from && portfolioListComma(ctx, i)) {
      // "Kepala Dinas Pemuda, Olahraga, dan Pariwisata"
    } else if (t.text === '.' && tokens[i - 1] && INITIAL.test((tokens[i - 1] as Token).text)) {
      // "Dana K. Hollis"
    } else if (
      t.text === '.' &&
      tokens[i - 1] &&
      ctx.pack.abbreviations.has((tokens[i - 1] as Token).lower)
    ) {
      // "Dr. Feel", "Mr. Tillman"
    } else break;
    i--;
  }
  return approximatedLeft(ctx, countedLeft(ctx, i + 1));
}

/** The "(" of a short note closed at token `i` that holds a dot ("(D-Vt.)", "(Mich.)"). */
function dottedNoteOpen(ctx: SentenceContext, i: number): number | null {
  const open = noteOpenAt(ctx.tokens, i);
  if (open === null) return null;
  for (let k = open + 1; k < i; k++) if (ctx.tokens[k]?.text === '.') return open;
  return null;
}

/** Tokens a date written in figures is made of: "6/12/2024", "30-6-2020", "12.3.2025". */
const DATE_TOKEN = /^(?:\d{1,4}|[/.-])$/;
/** How many tokens such a date in brackets may take, at most ("6 / 12 / 2024"). */
const MAX_DATE_TOKENS = 5;

/** The "(" at token `i` opens a date in figures closed right after ("(6/12/2024)"). */
function datedNote(ctx: SentenceContext, i: number): boolean {
  let slash = false;
  for (let k = i + 1; k < ctx.tokens.length && k - i <= MAX_DATE_TOKENS + 1; k++) {
    const text = ctx.tokens[k]?.text ?? '';
    if (text === ')') return slash && k > i + 2;
    if (!DATE_TOKEN.test(text)) return false;
    if (/^[/.-]$/.test(text)) slash = true;
  }
  return false;
}

/** The ")" of a short note opened at token `i` that holds a dot ("(I-Vt.)"). */
function dottedNoteClose(ctx: SentenceContext, i: number): number | null {
  if (ctx.tokens[i]?.text !== '(') return null;
  for (let close = i + 2; close < ctx.tokens.length && close - i <= 6; close++)
    if (ctx.tokens[close]?.text === ')') return dottedNoteOpen(ctx, close) === i ? close : null;
  return null;
}

/** "said march organizer Emmanuel Foulon": a plain lower-case word right before a noun for
 * a person's role or a group of people modifies that noun. */
function modifiesPersonNoun(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[i] as Token;
  if (t.cap || ctx.quoted[i + 1] || pack.stopwords.has(t.lower) || pack.cueWords.has(t.lower))
    return false;
  return (
    pack.roles.matchAt(tokens, i + 1) > 0 ||
    pack.anonymous.matchAt(tokens, i + 1) > 0 ||
    pack.unnamedOfficials.matchAt(tokens, i + 1) > 0
  );
}

/** "said Dutch historian Anke Smit": a lower-case noun for a person by its form (no
 * lexicon lists every trade) right before a capitalised name belongs to the phrase. */
function nounBeforeName(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i] as Token;
  const next = ctx.tokens[i + 1];
  if (t.cap || ctx.pack.stopwords.has(t.lower) || ctx.pack.cueWords.has(t.lower)) return false;
  if (!isWord(next) || !next.cap || ctx.quoted[i + 1]) return false;
  return !ctx.pack.data.adjectivesAfterNoun && isPersonNoun(ctx.pack.data, t.lower);
}

/** Collects source-ish tokens rightwards from `from`, without crossing commas. */
/** "Nomor 32 Tahun 2025": a year word between a number and a year. */
function yearOfNumber(ctx: SentenceContext, i: number): boolean {
  const { tokens, pack } = ctx;
  return (
    pack.regulationYearWords.has(tokens[i]?.lower ?? '') &&
    /^\d+$/.test(tokens[i - 1]?.text ?? '') &&
    /^(?:19|20)\d\d$/.test(tokens[i + 1]?.text ?? '')
  );
}

export function collectRight(ctx: SentenceContext, from: number): number {
  const { tokens, quoted } = ctx;
  let i = from;
  while (i < tokens.length && i - from < MAX_SOURCE_TOKENS) {
    const t = tokens[i] as Token;
    if (quoted[i]) break;
    if (t.type === 'word') {
      if (
        !sourceish(ctx, i) &&
        !modifiesPersonNoun(ctx, i) &&
        !nounBeforeName(ctx, i) &&
        !placeAfterName(ctx, i)
      )
        break;
      // "told Wirely that she ...": a complementizer or a pronoun ends the phrase.
      if (
        i > from &&
        (ctx.pack.complementizers.has(t.lower) ||
          ctx.pack.personPronouns.has(t.lower) ||
          ctx.pack.groupPronouns.has(t.lower))
      )
        break;
      // "said Monday": a day is not a source; "the May survey" names one by its date, and
      // "Nomor 32 Tahun 2025" a regulation by its number's year.
      if (
        t.cap &&
        ctx.pack.timeWords.has(t.lower) &&
        i > from &&
        !ctx.pack.determiners.has(tokens[i - 1]?.lower ?? '') &&
        !yearOfNumber(ctx, i)
      )
        break;
      if (ctx.pack.addressees.has(t.lower)) break;
    } else if (t.text === '(' && ageBracketClose(ctx, i) !== null) {
      // "tutur Dedi (52 tahun)": an age in brackets, its unit written, belongs to the name.
      i = ageBracketClose(ctx, i) as number;
    } else if (t.text === '(' || t.text === ')') {
      // "Dikutip dari Kompas.com (6/12/2024), ...": a date in brackets closes the phrase.
      if (t.text === '(' && datedNote(ctx, i)) break;
      // parenthesised acronym; a note with a dotted short form ("(I-Vt.)") is passed whole.
      i = dottedNoteClose(ctx, i) ?? i;
    } else if (i > from && firmAmpersand(ctx, i)) {
      // "said Ernst & Young"
    } else if (i > from && unitSlash(ctx, i)) {
      // "Danrem 061/Suryakencana"
    } else if (i > from && portfolioListComma(ctx, i)) {
      // "kata Kepala Pusat Data, Informasi, dan Komunikasi ..."
    } else if (t.text === '.' && INITIAL.test((tokens[i - 1] as Token | undefined)?.text ?? '')) {
      // initial
    } else if (
      t.text === '.' &&
      i > from &&
      ctx.pack.abbreviations.has((tokens[i - 1] as Token).lower) &&
      isWord(tokens[i + 1])
    ) {
      // "said two senior U.S. officials"
    } else break;
    i++;
  }
  // A trailing connector belongs to what follows ("Wulandari kepada", "Jones and"), and so
  // does a determiner after one ("at the center of a").
  const dangling = (k: number) =>
    isWord(tokens[k]) &&
    (ctx.pack.connectors.has((tokens[k] as Token).lower) ||
      (ctx.pack.determiners.has((tokens[k] as Token).lower) &&
        ctx.pack.connectors.has(tokens[k - 1]?.lower ?? '')));
  while (i > from && dangling(i - 1)) i--;
  return i;
}

/** Punctuation inside a date: "(12/3)", "12.30". */
const DATE_PUNCT = new Set(['(', ')', '/', '.', '-']);
/** A time phrase between a source and its verb is short: "pada Senin (12/3/2024)". */
const MAX_TIME_TOKENS = 10;

/**
 * Skips a time phrase written between a source and its verb, leftwards from token `j`:
 * "Sri Mulyani pada Senin mengatakan", "Sri Mulyani, Senin (12/3), mengatakan", "The
 * Pentagon on Monday said". It must name a day, month or date (a time word or a number);
 * the source is what stands before it. Returns the token before the phrase, or `j`.
 */
export function skipTimeLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  // "The minister last month warned": a time phrase naming no day, whole or not at all.
  for (let s = Math.max(0, j - MAX_TIME_TOKENS); s < j; s++) {
    if (ctx.quoted[s] || pack.relativeTimes.matchAt(tokens, s, j + 1) !== j + 1 - s) continue;
    return s - 1;
  }
  const timeish = (k: number) => {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return false;
    return t.type === 'word'
      ? pack.timeWords.has(t.lower) || NUMBER.test(t.text)
      : DATE_PUNCT.has(t.text);
  };
  const comma = tokens[j]?.text === ',';
  let k = comma ? j - 1 : j;
  let dated = false;
  while (k >= 0 && j - k <= MAX_TIME_TOKENS && timeish(k)) {
    const t = tokens[k] as Token;
    if (t.type === 'word' && (t.cap || NUMBER.test(t.text))) dated = true;
    k--;
  }
  if (!dated || k === (comma ? j - 1 : j)) return j;
  // ", Senin (12/3)," is an appositive of time only between two commas.
  if (comma) return tokens[k]?.text === ',' ? k - 1 : j;
  return k;
}

/** Skips the empty ", ," gaps left where a scraper dropped a linked name. */
export function skipGapsLeft(ctx: SentenceContext, i: number): number {
  let j = i;
  while (j >= 1 && ctx.tokens[j]?.text === ',' && ctx.tokens[j - 1]?.text === ',') j -= 2;
  return j;
}

/** Drops openers ("Namun", "But", "Kemudian") and stray small words from the left edge. */
export function trimLeft(ctx: SentenceContext, span: Span): Span {
  let { start } = span;
  for (;;) {
    if (boundOfCountAt(ctx, start, span.end)) break;
    const opener = ctx.pack.openers.matchAt(ctx.tokens, start, span.end);
    if (opener && start + opener < span.end) {
      start += opener;
      continue;
    }
    const t = ctx.tokens[start];
    if (!t || start >= span.end) break;
    const closes = ctx.tokens.slice(start, span.end).some((u) => u.text === ')');
    if (t.type !== 'word' && (t.text !== '(' || !closes)) {
      start++;
      continue;
    }
    if (
      t.type === 'word' &&
      ctx.pack.connectors.has(t.lower) &&
      !ctx.pack.determiners.has(t.lower) &&
      !firmAmpersand(ctx, start + 1)
    ) {
      start++;
      continue;
    }
    break;
  }
  return { start, end: span.end };
}

/** An ampersand between two capitalised words joins one name ("Ernst & Young"). */
function firmAmpersand(ctx: SentenceContext, i: number): boolean {
  const { tokens } = ctx;
  const [before, after] = [tokens[i - 1], tokens[i + 1]];
  return tokens[i]?.text === '&' && isWord(before) && before.cap && isWord(after) && after.cap;
}
