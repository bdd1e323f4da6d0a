/**
 * "Peluncuran itu disiarkan langsung oleh televisi pemerintah", "The match aired by state TV
 * last year": a broadcast verb right after the sentence's subject says what the outlet
 * broadcast, an event, not words it reports. The outlet may still be the via of a speaker
 * later in the sentence ("..., di mana ia mengatakan ...").
 */
import type { SentenceContext } from '../context';
import type { Span } from '../source';
import { carriedThing } from './carriers';

/** Fewest words of a subject before the verb ("Seperti disiarkan KCNA, ..." has one: an
 * aside opener, not a subject). */
const MIN_SUBJECT_WORDS = 2;

export function broadcastOfSubject(ctx: SentenceContext, at: number, span: Span): boolean {
  const { tokens, pack } = ctx;
  const verb = tokens[at];
  if (!verb || !pack.broadcastRelays.opens(verb) || at < MIN_SUBJECT_WORDS) return false;
  // The subject: words only from the sentence's start, no cue among them, and no relative
  // word right before the verb ("pidato yang disiarkan").
  for (let k = 0; k < at; k++) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k] || pack.cuePhrases.matchAt(tokens, k) > 0)
      return false;
  }
  if (pack.clauseRelatives.has(tokens[at - 1]?.lower ?? '')) return false;
  // Nothing after the outlet but a time, or a comma opening another clause.
  let k = span.end;
  while (pack.timeWords.has(tokens[k]?.lower ?? '') || /^\d/u.test(tokens[k]?.text ?? '')) k++;
  const next = tokens[k];
  return !next || next.text === ',' || next.type === 'punct';
}

/** A relay's outlet that only carried a thing: a participle after it ("The speech, carried by
 * KCNA, lasted ...", carriers.ts) or a broadcast of the subject. */
export function carrierOnlyAt(ctx: SentenceContext, at: number, len: number, span: Span): boolean {
  return carriedThing(ctx, at, len, span) || broadcastOfSubject(ctx, at, span);
}
