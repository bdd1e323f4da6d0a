/**
 * "after a clerk reportedly signed a deal with prosecutors and named ...": a one-word
 * hedge right before the verb, or right after its subject (then before each verb it shares),
 * says the act itself is only reported, by no one named; the subject did it, it is not the
 * source (the hedge rule reads the sentence instead). A verb of words alone ("he reportedly
 * said ...") or words carried after it ("reportedly told aides that ...", "told donors he would
 * quit") keep their speaker, as does words as its object ("reportedly denied the report").
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { clauseAt } from './bare-stance';

/** A verb of telling ("told"), whose words may follow with no "that". */
function tells(ctx: SentenceContext, at: number, len: number): boolean {
  return ctx.pack.tellVerbs.has(ctx.tokens[at + len - 1]?.lower ?? '');
}

/** Words before the noun of the object ("the", "any such"). */
const MAX_OBJECT_LEAD = 2;

/** "reportedly denied the reports", "reportedly rejected the allegations": the object at
 * `from` is words (a claim or an accusation), so the verb is a statement, not a deed. */
function wordsObject(ctx: SentenceContext, from: number): boolean {
  const { tokens, pack } = ctx;
  if (pack.disputedNouns.matchAt(tokens, from) > 0) return true;
  let k = from;
  while (k - from < MAX_OBJECT_LEAD && pack.nounMarkers.has(tokens[k]?.lower ?? '')) k++;
  if (ctx.quoted[k]) return false;
  return pack.claimNouns.matchAt(tokens, k) > 0 || pack.accusationNouns.matchAt(tokens, k) > 0;
}

export function hedgedAct(ctx: SentenceContext, at: number, len: number, subject: Span): boolean {
  const { tokens, pack } = ctx;
  const hedge = (k: number) =>
    k >= 0 && !ctx.quoted[k] && pack.hedges.matchAt(tokens, k, k + 1) === 1;
  // "Seorang karyawan yang minta namanya tidak disebut mengungkapkan": a hedge's word inside
  // the subject (its name withheld) hedges no act.
  const before = at - 1 >= subject.end && hedge(at - 1);
  if (!before && !(subject.end < at && hedge(subject.end))) return false;
  if (pack.wordsOnlyVerbs.has(tokens[at]?.lower ?? '')) return false;
  if (wordsObject(ctx, at + len)) return false;
  // "reportedly told donors he would quit": a clause told, after the listener or not.
  if (tells(ctx, at, len) && (clauseAt(ctx, at + len) || clauseAt(ctx, at + len + 1))) return false;
  for (let i = at + len; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || ctx.quoted[i] || t.type === 'quote' || t.text === ':') return false;
    if (pack.complementizers.has(t.lower)) return false;
  }
  return true;
}
