/**
 * "Asked by state television about the deal, the minister said ...", "The minister, asked by
 * KCNA about the drills, said ...", "Ditanya televisi pemerintah soal ..., menteri
 * mengatakan ...", "Responding to a question from Xinhua, ...": the outlet that asked the
 * question carried the answer. The speaker is the
 * source and the outlet the via.
 */
import type { SentenceContext } from '../context';
import type { FoundSource } from '../source';
import { carrierAfter, shrink } from './carriers';
import type { Candidate } from './types';

/** The outlet named as the asker in an aside from `at` (the participle) to the comma at `end`. */
function asker(ctx: SentenceContext, at: number, end: number): FoundSource | null {
  const { tokens, pack } = ctx;
  if (ctx.quoted[at]) return null;
  // "Responding to a question from Xinhua": the outlet right after the phrase asked.
  const answer = pack.questionAnswers.matchAt(tokens, at, end);
  if (answer > 0) {
    const found = carrierAfter(ctx, at + answer);
    if (!found || (found.source.kind !== 'media' && found.source.kind !== 'state_media'))
      return null;
    const shrunk = shrink(ctx, found);
    return shrunk.span.end <= end ? shrunk.source : null;
  }
  if (!pack.askedParticiples.has(tokens[at]?.lower ?? '')) return null;
  for (let k = at + 1; k < end; k++) {
    // "asked by X", "ditanya oleh X", or the agent right after the participle ("ditanya X").
    const by = pack.agentMarkers.has(tokens[k]?.lower ?? '');
    if (!by && k > at + 1) continue;
    const found = carrierAfter(ctx, by ? k + 1 : k);
    if (!found || (found.source.kind !== 'media' && found.source.kind !== 'state_media')) {
      if (by) return null;
      continue;
    }
    const shrunk = shrink(ctx, found);
    return shrunk.span.end <= end ? shrunk.source : null;
  }
  return null;
}

/** The comma closing an aside that starts at `from`, before `limit`, or -1. */
function commaAfter(ctx: SentenceContext, from: number, limit: number): number {
  for (let k = from; k < limit; k++) if (ctx.tokens[k]?.text === ',' && !ctx.quoted[k]) return k;
  return -1;
}

export function askedCarrier(
  ctx: SentenceContext,
  kept: Candidate,
): { source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const src = kept.sourceSpan;
  if (!src || src.end > kept.cueSpan.start) return null;
  // Opening the sentence, after a word like "when" or "ketika": the speaker follows its comma.
  let first = tokens.findIndex((t) => t.type === 'word');
  if (pack.clauseSubordinators.has(tokens[first]?.lower ?? '')) first++;
  const opening = commaAfter(ctx, first, src.start);
  if (opening >= 0 && opening + 1 === src.start) {
    const source = asker(ctx, first, opening);
    return source ? { source } : null;
  }
  // Between the speaker and the verb, set off by commas (find-before.ts leaves it out of
  // the source phrase).
  const close = kept.cueSpan.start - 1;
  if (tokens[src.end]?.text !== ',' || tokens[close]?.text !== ',' || close <= src.end) return null;
  const source = asker(ctx, src.end + 1, close);
  return source ? { source } : null;
}
