/**
 * "The union said it would join the talks but accused the company of stalling", "Both sides
 * reported casualties and accused each other of breaking the truce": a second verb of the
 * speaker that charges its object ("accused X of", "criticized X for", "likened X to") states a
 * claim of its own, so the sentence holds two records with one source. Other second verbs
 * ("and added", "but stressed") carry the first claim on: the gold cases give them no record
 * of their own.
 */
import type { SentenceContext } from './context';
import { chargeAfter, chargeVerbAt } from './rules/charges';
import type { Candidate } from './rules/types';
import { pastParticiple, type Span } from './source';
import type { Token } from './text';

/** Words between the first verb and the joiner when the verb takes a plain object. */
const MAX_OBJECT_WORDS = 8;

/** The words from `from` to `to` are the first verb's object, no clause: "reported civilian
 * casualties" (in "said police arrested two men and accused ..." the men's captors may be the
 * accusers). */
function plainObject(ctx: SentenceContext, from: number, to: number): boolean {
  const { tokens, pack } = ctx;
  if (to - from > MAX_OBJECT_WORDS) return false;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.type !== 'word' || ctx.quoted[k] || t.cap) return false;
    if (
      pack.complementizers.has(t.lower) ||
      pack.finiteAuxiliaries.has(t.lower) ||
      pack.personPronouns.has(t.lower) ||
      pack.groupPronouns.has(t.lower) ||
      // A past form (by the pack's ending or irregular): the object holds a clause of its own.
      pack.irregularPasts.has(t.lower) ||
      pastParticiple(pack, t)
    )
      return false;
  }
  return true;
}

/** A modal between `from` and `to` ("it would attend ... but accused"): it takes a bare verb,
 * so the charge's past form after the joiner is the speaker's. */
function modalBefore(ctx: SentenceContext, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!ctx.quoted[k] && ctx.pack.bareVerbModals.has(ctx.tokens[k]?.lower ?? '')) return true;
  return false;
}

export function splitSecondCharge(
  ctx: SentenceContext,
  kept: Candidate,
): { second: Candidate; first: Span; rest: Span } | null {
  const { tokens, pack } = ctx;
  if (kept.rank !== 2 || !kept.sourceSpan || kept.sourceSpan.end > kept.cueSpan.start) return null;
  const from = kept.cueSpan.end;
  for (let k = from + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (ctx.quoted[k] || !pack.coordinators.has(t.lower)) continue;
    let v = k + 1;
    while (pack.adverbs.has(tokens[v]?.lower ?? '') && !ctx.quoted[v]) v++;
    const verb = tokens[v];
    if (!verb || verb.cap || ctx.quoted[v]) continue;
    const len = chargeVerbAt(ctx, v);
    if (len === 0 || !chargeAfter(ctx, v, len)) continue;
    if (!plainObject(ctx, from, k) && !modalBefore(ctx, from, k)) return null;
    const end = tokens.length;
    const second: Candidate = {
      ...kept,
      cue: ctx.text.slice(verb.start, (tokens[v + len - 1] as Token).end),
      cueSpan: { start: v, end: v + len },
      sourceSpan: null,
      claim: undefined,
    };
    return { second, first: { start: 0, end: k }, rest: { start: v, end } };
  }
  return null;
}
