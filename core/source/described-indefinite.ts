/**
 * "Seorang pekerja migran Indonesia mengatakan", "Pejabat pertahanan sipil Gaza mengatakan":
 * after "seorang" and a noun for a person, or after a source noun opening the sentence,
 * Indonesian describes the source with words no lexicon lists; the phrase runs over them to
 * the name closing it, instead of ending at that name (read as a country or a person).
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';
import { lexiconHits } from './lexicon';
import { lexiconNoun, plainWord } from './source-word';
import { ALL_CAPS } from './tokens';

/** Unlisted words a described person's phrase may run over ("migran", "pertahanan sipil"). */
const MAX_DESCRIPTION_WORDS = 3;

/** A word shaped as a verb by its prefix ("menyaksikan", "diserang"): a clause, no modifier. */
function verbShaped(ctx: SentenceContext, i: number): boolean {
  const lower = ctx.tokens[i]?.lower ?? '';
  return ctx.pack.data.predicatePrefixes.some((p) => lower.startsWith(p));
}

/** Where the phrase ending at `start` begins once a source's description before its
 * unlisted words is taken in; `start` when there is none. */
export function describedIndefiniteLeft(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  if (!pack.data.adjectivesAfterNoun) return start;
  // "Dokter gigi drg. Siti Aminah": a title before the name says it is a person's.
  const first = tokens[start]?.lower ?? '';
  if (pack.honorifics.has(first) || pack.abbreviations.has(first)) return start;
  let k = start - 1;
  while (
    k >= 0 &&
    start - 1 - k < MAX_DESCRIPTION_WORDS &&
    plainWord(ctx, k) &&
    !verbShaped(ctx, k)
  )
    k--;
  if (k === start - 1 || k < 0) return start;
  const head = collectLeft(ctx, k);
  if (head > k) return start;
  const determiner = pack.singularDeterminers.matchAt(tokens, head, k);
  if (determiner > 0) {
    const noun = head + determiner;
    const person = [pack.anonymous, pack.unnamedOfficials, pack.roles].some(
      (table) => table.matchAt(tokens, noun) > 0,
    );
    return person ? head : start;
  }
  // "Pejabat pertahanan sipil Gaza mengatakan": a source's noun opening the sentence is its
  // subject's head; the words up to the verb describe it.
  return placeOrBody(ctx, start, end) ? (openingHead(ctx, head, k) ?? start) : start;
}

/** The name closing the phrase is a place's, a body's or an organization's ("Gaza" is not
 * listed, so only "Indonesia", "PBB", "Hamas"), or an acronym: not a person's name. */
function placeOrBody(ctx: SentenceContext, start: number, end: number): boolean {
  const words = ctx.tokens.slice(start, end);
  if (words.length > 0 && words.every((t) => t.type === 'word' && ALL_CAPS.test(t.text)))
    return true;
  return lexiconHits(ctx, { start, end }).some((h) => OWNERS.has(h.table));
}

const OWNERS: ReadonlySet<string> = new Set(['places', 'bodies', 'organizations']);

/** The first word of the sentence when a source table's phrase opens there ("Juru bicara",
 * "Para pejabat") and only words of a description follow it up to token `last`. */
function openingHead(ctx: SentenceContext, head: number, last: number): number | null {
  const { tokens, pack } = ctx;
  let first = 0;
  while (first < head && tokens[first]?.type !== 'word' && !ctx.quoted[first]) first++;
  if (tokens[first]?.type !== 'word' || ctx.quoted[first]) return null;
  const noun = pack.determiners.has(tokens[first]?.lower ?? '') ? first + 1 : first;
  const tables = [pack.anonymous, pack.unnamedOfficials, pack.roles, pack.bodies];
  const len = Math.max(...tables.map((table) => table.matchAt(tokens, noun)));
  if (len === 0 || noun + len > last + 1) return null;
  for (let i = noun + len; i <= last; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || ctx.quoted[i] || verbShaped(ctx, i)) return null;
    if (!t.cap && !plainWord(ctx, i) && !lexiconNoun(ctx, i)) return null;
  }
  return first;
}
