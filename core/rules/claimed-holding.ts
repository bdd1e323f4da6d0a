/**
 * "Beijing claims most of the sea", "claims sovereignty over the islands", "the island it
 * claims": a verb of claiming whose object is a share of a whole, a title, or the noun its
 * clause describes claims a holding, not words.
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { clauseAt } from './bare-stance';

function holdingVerb(ctx: SentenceContext, at: number, len: number): boolean {
  return len === 1 && ctx.pack.holdingVerbs.has(ctx.tokens[at]?.lower ?? '');
}

/** "claims most of the sea": a share or a title right after the verb. A clause opened there
 * still reports ("claims most of the votes were forged"). */
export function claimedHolding(ctx: SentenceContext, at: number, len: number): boolean {
  const { tokens, pack } = ctx;
  if (!holdingVerb(ctx, at, len)) return false;
  const next = at + len;
  if (ctx.quoted[next] || pack.holdingObjects.matchAt(tokens, next) === 0) return false;
  return !clauseAt(ctx, next) || secondPredicate(ctx, next);
}

/** Words from the object to an auxiliary that may still open its clause. */
const MAX_OBJECT_WORDS = 8;

/** "claims much of the gulf and is dredging reefs there": the first auxiliary after the
 * object follows a coordinator, so it is the subject's second predicate, not a clause. */
function secondPredicate(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  for (let k = from; k < tokens.length && k < from + MAX_OBJECT_WORDS; k++) {
    if (pack.finiteAuxiliaries.has(tokens[k]?.lower ?? ''))
      return pack.coordinators.has(tokens[k - 1]?.lower ?? '');
  }
  return false;
}

/** Punctuation that closes the clause right after the verb. */
const CLOSERS: ReadonlySet<string> = new Set([',', ';', '.', '!', '?', ')']);

/** "missiles aimed at the island it claims, decades after ...": the verb closes a relative
 * clause with no "that" and its object is the noun before its subject. Words before the
 * subject set off as the claim ("The island is ours, it claims") are the caller's to check. */
export function heldNounBefore(ctx: SentenceContext, at: number, len: number, subject: Span) {
  const { tokens, pack } = ctx;
  if (!holdingVerb(ctx, at, len) || subject.end !== at) return false;
  const after = tokens[at + len];
  if (after && !CLOSERS.has(after.text)) return false;
  const head = tokens[subject.start - 1];
  if (!head || head.type !== 'word' || ctx.quoted[subject.start - 1]) return false;
  return !pack.stopwords.has(head.lower);
}
