/**
 * "As one farmer put it last week, the well is dry": a framing verb (speaker-verb) with a time
 * or occasion between it and the comma before the words it frames.
 */
import { claimText } from '../claim';
import { occasionLead } from '../claim-verb-tail';
import type { SentenceContext } from '../context';
import type { Candidate } from './types';

/** Most tokens of a time or occasion after a framing verb ("put it at a briefing on Monday"). */
const MAX_FRAMING_ADJUNCT = 9;
/** Words an occasion's phrase takes before its noun ("in her weekly column"). */
const MAX_OCCASION_LEAD = 4;

/**
 * "As one farmer put it last week, ...", "As X put it in his newsletter, ...": the comma after
 * a time or an occasion (the pack's relative times, time words, occasion phrases) that
 * follows a framing verb, or `i` when something else follows ("read in the library, then").
 */
export function framingAdjunctEnd(ctx: SentenceContext, i: number): number {
  const { tokens, pack } = ctx;
  outer: for (let k = i; k < i + MAX_FRAMING_ADJUNCT;) {
    const t = tokens[k];
    if (!t || ctx.quoted[k]) return i;
    if (t.text === ',') return k > i ? k : i;
    const rel = pack.relativeTimes.matchAt(tokens, k);
    if (rel > 0) {
      k += rel;
      continue;
    }
    if (occasionLead(ctx, k)) {
      for (let j = k + 1; j <= k + MAX_OCCASION_LEAD; j++) {
        const len = pack.occasionNouns.matchAt(tokens, j);
        if (len > 0) {
          k = j + len;
          continue outer;
        }
      }
    }
    // A figure only inside a date ("on 12 March"): first, it is the words ("2,1 juta orang").
    const figure = k > i && /^\d/u.test(t.text);
    if (!(pack.timeWords.has(t.lower) || pack.adverbs.has(t.lower) || figure)) return i;
    k++;
  }
  return i;
}

/** "put it last week, the well is dry": the time or occasion before the comma at `adjunct`
 * is no part of the words. */
export function pastAdjunct(ctx: SentenceContext, c: Candidate, adjunct: number): Candidate {
  if (adjunct <= c.cueSpan.end) return c;
  return {
    ...c,
    claim: claimText(ctx, { ...c, cueSpan: { start: c.cueSpan.start, end: adjunct + 1 } }),
  };
}

/** A complementizer outside quotes after token `from` ("..., citing X, that ..."). */
export function thatLater(ctx: SentenceContext, from: number): boolean {
  for (let k = from; k < ctx.tokens.length; k++)
    if (!ctx.quoted[k] && ctx.pack.complementizers.has(ctx.tokens[k]?.lower ?? '')) return true;
  return false;
}
