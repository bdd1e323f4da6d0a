/**
 * The subject of a verb reached through readiness ("was keen to stress") or a platform ("took
 * to Twitter to say"): the infinitive is otherwise no cue. Split from speaker-subject.ts.
 */
import type { SentenceContext } from '../context';
import { sourceBefore, type Span } from '../source';

/** "Ruiz was keen to stress that ...": "be", a readiness adjective and "to" before the verb
 * at token `at` (an infinitive is otherwise no cue); or going to a platform before "to". */
export function afterReadiness(ctx: SentenceContext, at: number): boolean {
  return readyAt(ctx, at) || platformAt(ctx, at) >= 0;
}

function readyAt(ctx: SentenceContext, at: number): boolean {
  const { tokens, pack } = ctx;
  const to = tokens[at - 1];
  const ready = tokens[at - 2];
  const be = tokens[at - 3];
  if (!to || !ready || !be || to.type !== 'word' || ctx.quoted[at - 1]) return false;
  return pack.readinessAdjectives.has(ready.lower) && pack.passiveAuxiliaries.has(be.lower);
}

/** Words naming the platform and when ("state television early on Sunday"). */
const MAX_PLATFORM_WORDS = 6;

/** "Fans took to Twitter to complain", "went on television to say": where the platform verb
 * before "to" and the verb at token `at` starts, or -1. Only words between, none quoted. */
function platformAt(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  if (ctx.quoted[at - 1] || !pack.infinitiveMarkers.has(tokens[at - 1]?.lower ?? '')) return -1;
  for (let k = at - 2; k >= 0 && at - 1 - k <= MAX_PLATFORM_WORDS + 2; k--) {
    if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return -1;
    const len = pack.platformVerbs.matchAt(tokens, k, at - 1);
    if (len > 0 && !tokens[k]?.cap) return k;
  }
  return -1;
}

/** The subject before "was keen to" or "took to Twitter to", or null. */
export function readySubject(ctx: SentenceContext, at: number): Span | null {
  if (readyAt(ctx, at)) return sourceBefore(ctx, at - 3);
  const platform = platformAt(ctx, at);
  return platform >= 0 ? sourceBefore(ctx, platform) : null;
}
