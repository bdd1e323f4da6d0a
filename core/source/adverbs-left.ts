/**
 * Adverbs between a source and its verb, skipped right to left by find-before.ts: one word
 * ("telah", "also"), a phrase the pack lists ("secara terpisah"), or a modal telling from
 * the past what came later ("would later say").
 */
import type { SentenceContext } from '../context';
import type { Token } from '../text';
import { isWord } from './tokens';

/** Longest adverb of more than one word the pack lists. */
const MAX_ADVERB_WORDS = 3;

/** The length of an adverb of more than one word ending at token `j` ("secara terpisah"),
 * or 0. */
function multiWordAdverbEndingAt(ctx: SentenceContext, j: number): number {
  for (let n = MAX_ADVERB_WORDS; n >= 2; n--) {
    const from = j - n + 1;
    if (from < 0 || ctx.quoted[from]) continue;
    if (ctx.pack.adverbs.matchAt(ctx.tokens, from, j + 1) !== n) continue;
    // "belum secara terbuka mengumumkan": after an aspect, modal or negation word the verb
    // phrase says nothing yet; the phrase is not crossed for a subject.
    return ctx.pack.finiteAuxiliaries.has(ctx.tokens[from - 1]?.lower ?? '') ? 0 : n;
  }
  return 0;
}

/** "he bitterly said", "Roe directly denied": a lower-case word with the pack's ending of an
 * adverb of manner, no source's noun ("family", "assembly") nor one a determiner opens ("the
 * daily said"). */
function mannerAdverbAt(ctx: SentenceContext, j: number): boolean {
  const { tokens, pack } = ctx;
  const t = tokens[j] as Token;
  const ending = pack.data.mannerAdverbEndings.some(
    (e) => t.lower.length > e.length + 2 && t.lower.endsWith(e),
  );
  if (!ending || t.cap || pack.sourceWords.has(t.base)) return false;
  const prev = tokens[j - 1]?.lower ?? '';
  return !pack.determiners.has(prev) && !pack.possessives.has(prev);
}

/** Skips adverbs left from token `j` ("also", "has long"), a modal telling from the past what
 * came later ("would later say", "would go on to say") and an auxiliary of emphasis ("did
 * confirm"): the words of a report's verb. */
export function skipAdverbsLeft(ctx: SentenceContext, j: number): number {
  const { tokens, pack } = ctx;
  while (j >= 0 && isWord(tokens[j]) && !ctx.quoted[j]) {
    // "Budi secara terpisah mengatakan": an adverb of more than one word, whole.
    const phrase = multiWordAdverbEndingAt(ctx, j);
    if (phrase > 0) {
      j -= phrase;
      continue;
    }
    const lower = (tokens[j] as Token).lower;
    const later =
      pack.hypotheticalModals.has(lower) && pack.futureInPastMarkers.matchAt(tokens, j + 1) > 0;
    // "The ministry did confirm": the auxiliary of emphasis is the verb's.
    const emphatic = pack.emphaticAuxiliaries.has(lower);
    if (!pack.adverbs.has(lower) && !later && !emphatic && !mannerAdverbAt(ctx, j)) break;
    j--;
  }
  return j;
}
