/**
 * A plain noun phrase as a source when no lexicon word marks one: "..., organizers said",
 * "Forum users said ...", "an independent review of the case said", "according to federal
 * data". Only where the phrase fills its whole slot (from a clause boundary up to the verb,
 * or from the cue up to the clause's end), so a stray clause is never read as a speaker.
 * Linear in the phrase.
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { trimLeft } from './collect';
import { isPersonNoun } from './stages/common-noun';
import { NUMBER } from './tokens';
import type { Span } from './types';

/** Words before the head ("an independent review"), and in the place or topic after it. */
const MAX_HEAD_WORDS = 4;
const MAX_TAIL_WORDS = 6;
/** Punctuation a phrase filling its slot starts after. */
const CLAUSE_BOUNDARIES = new Set([',', ';', ':', '-', '–', '—', '(']);

/** Opens a noun phrase: "the", "two", "her", "27". */
function opener(ctx: SentenceContext, t: Token): boolean {
  return (
    ctx.pack.determiners.has(t.lower) || ctx.pack.possessives.has(t.lower) || NUMBER.test(t.text)
  );
}

/** The comma inside a number ("a poll of 2,000 voters"): no boundary of the phrase. */
function thousandsComma(ctx: SentenceContext, k: number): boolean {
  const { tokens } = ctx;
  return (
    tokens[k]?.text === ',' &&
    /^\d{1,3}$/u.test(tokens[k - 1]?.text ?? '') &&
    /^\d{3}$/u.test(tokens[k + 1]?.text ?? '')
  );
}

/** A content word of the phrase: no function, cue or time word. */
function content(ctx: SentenceContext, i: number, capsOk: boolean): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || ctx.quoted[i]) return false;
  const { pack } = ctx;
  // A cue word may be a document's noun ("a report on the levee"), or a body's right after
  // an opener ("the state planner": no verb follows "the").
  const prev = ctx.tokens[i - 1];
  const bodyNoun = pack.bodies.has(t.lower) && prev !== undefined && opener(ctx, prev);
  const cue = pack.cueWords.has(t.lower) && !pack.documents.has(t.lower) && !bodyNoun;
  if (pack.stopwords.has(t.lower) || cue || pack.timeWords.has(t.lower)) return false;
  return capsOk || !t.cap;
}

/** Tokens of a body's or place's name at `i` that ends before `end` ("Pentagon", "White
 * House"): 0 where none does. */
function institutionAt(ctx: SentenceContext, i: number, end: number): number {
  const { tokens, pack } = ctx;
  const len = Math.max(pack.bodies.matchAt(tokens, i, end), pack.places.matchAt(tokens, i, end));
  // "China's territorial claims": a possessive name owns a thing; it qualifies no people.
  const last = tokens[i + len - 1];
  return len > 0 && last && last.base === last.lower ? len : 0;
}

/**
 * Where the phrase [start, end) is a noun phrase: its head's index, else -1. Shape: openers,
 * up to four content words ending in the head, then at most one place or topic ("of the
 * case", "at the bus station") whose words may be names.
 */
export function nounPhraseHead(ctx: SentenceContext, span: Span): number {
  const { tokens, pack } = ctx;
  let i = span.start;
  for (;;) {
    // A determiner of several words: "salah satu", "salah seorang".
    const len = pack.determiners.matchAt(tokens, i, span.end);
    const t = tokens[i];
    // "dua orang petugas": a number in words, and the word between a count and its noun.
    const counted = i > span.start && pack.countClassifiers.has(t?.lower ?? '');
    if (len > 1) i += len;
    else if (i < span.end && t && (opener(ctx, t) || pack.numberWords.has(t.lower) || counted)) i++;
    else break;
  }
  const first = i;
  // "the Oscar winner", "the Grammy-winning singer": a definite description by a trade of
  // public life takes capitals among its qualifiers (source/stages/described-person.ts).
  const trade =
    pack.definiteDeterminers.has(tokens[span.start]?.lower ?? '') &&
    pack.personDescriptions.has(tokens[span.end - 1]?.lower ?? '');
  // Capitals before the head only at the sentence's start ("Forum users said"), or where they
  // are a body's or place's name qualifying the head ("Pentagon planners said").
  while (
    i < span.end &&
    i - first < MAX_HEAD_WORDS &&
    !pack.locatives.has(tokens[i]?.lower ?? '')
  ) {
    const named = tokens[i]?.cap ? institutionAt(ctx, i, span.end - 1) : 0;
    // "The Chinese side said": a nation's word qualifies the head like any adjective.
    const nation = tokens[i]?.lower ?? '';
    const national = pack.demonyms.has(nation) || pack.nationalityAdjectives.has(nation);
    if (named > 0) i += named;
    // "U.S. climatologists": the abbreviation's dot after a name.
    else if (
      tokens[i]?.text === '.' &&
      i > first &&
      pack.abbreviations.has(tokens[i - 1]?.lower ?? '')
    )
      i++;
    else if (
      content(
        ctx,
        i,
        trade || national || i === 0 || (i === first && first === span.start && span.start <= 1),
      )
    )
      i++;
    else break;
  }
  if (i === first) return -1;
  // The head ends an English noun phrase and opens an Indonesian one ("pengunjung mal").
  const head = pack.data.adjectivesAfterNoun ? first : i - 1;
  if (i === span.end) return head;
  // "a report on the levee", "a study by the harbour board": a document's topic or author.
  const link = tokens[i]?.lower ?? '';
  const topic =
    (pack.documentTopics.has(link) || pack.authorMarkers.has(link)) &&
    pack.documents.has(tokens[i - 1]?.lower ?? '');
  const tail = topic || pack.locatives.has(tokens[i]?.lower ?? '');
  if (!tail || span.end - i > MAX_TAIL_WORDS + 1) return -1;
  for (let k = i + 1; k < span.end; k++) {
    const t = tokens[k] as Token;
    if (thousandsComma(ctx, k)) continue;
    if (t.type !== 'word' || ctx.quoted[k] || pack.cueWords.has(t.lower)) return -1;
  }
  return head;
}

/** The noun phrase filling the clause that ends before token `verb`, adverbs skipped. Where
 * a noun phrase ends in its head (English), any such phrase; after the noun, as in
 * Indonesian, the words before a verb are as often a clause of their own, so only a phrase
 * a determiner or a noun for people by its form opens ("Seorang pengunjung mengatakan",
 * "Salah satu relawan menyebut", "Pemilik rumah mengatakan"). */
export function nounPhraseBefore(ctx: SentenceContext, verb: number): Span | null {
  const { tokens, pack } = ctx;
  let end = verb;
  while (
    end > 0 &&
    tokens[end - 1]?.type === 'word' &&
    pack.adverbs.has((tokens[end - 1] as Token).lower)
  )
    end--;
  let start = end;
  // "U.S. climatologists": an abbreviation's dot belongs to the phrase.
  const abbreviationDot = (k: number) =>
    tokens[k]?.text === '.' && pack.abbreviations.has(tokens[k - 1]?.lower ?? '');
  while (
    start > 0 &&
    (tokens[start - 1]?.type === 'word' ||
      abbreviationDot(start - 1) ||
      thousandsComma(ctx, start - 1)) &&
    !ctx.quoted[start - 1] &&
    end - start < MAX_HEAD_WORDS + MAX_TAIL_WORDS + 2
  )
    start--;
  const before = tokens[start - 1];
  if (before && !CLAUSE_BOUNDARIES.has(before.text) && before.type !== 'quote') return null;
  const span = trimLeft(ctx, { start, end });
  if (span.start >= span.end) return null;
  // "Pemilik rumah mengatakan": a noun for people by its form opens a phrase as a determiner
  // does; the words are no clause of their own.
  const personOpens = isPersonNoun(pack.data, tokens[span.start]?.lower ?? '');
  if (
    pack.data.adjectivesAfterNoun &&
    !pack.determiners.matchAt(tokens, span.start) &&
    !personOpens
  )
    return null;
  return nounPhraseHead(ctx, span) >= 0 ? span : null;
}

/** The noun phrase from token `from` to the end of its clause ("according to federal data,
 * ..."): it stops before punctuation, a relative or complementizer, or another function word. */
export function nounPhraseAfter(ctx: SentenceContext, from: number): Span | null {
  const { tokens, pack } = ctx;
  let end = from;
  const limit = from + MAX_HEAD_WORDS + MAX_TAIL_WORDS + 3;
  let places = 0;
  while (end < tokens.length && end < limit) {
    const t = tokens[end] as Token;
    if (t.type !== 'word' || ctx.quoted[end]) break;
    if (
      pack.stopwords.has(t.lower) &&
      !pack.determiners.has(t.lower) &&
      !pack.possessives.has(t.lower) &&
      !pack.locatives.has(t.lower)
    )
      break;
    // One place or topic: "prosecutors on the task force in a statement" ends before "in".
    if (pack.locatives.has(t.lower) && ++places > 1) break;
    end++;
  }
  while (end > from && pack.locatives.has(tokens[end - 1]?.lower ?? '')) end--;
  const span = { start: from, end };
  return end > from && nounPhraseHead(ctx, span) >= 0 ? span : null;
}
