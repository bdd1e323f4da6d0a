/** The subject of a sentence a participle of saying hangs on (core/rules/saying-clause.ts):
 * the sentence's own, the one after its opening phrase, or a subordinate clause's. */
import type { SentenceContext } from '../context';
import { collectSubject, type Span } from '../source';

/** "His campaign sued ..., claiming": a possessive pronoun opening the sentence is no word of
 * a source's phrase, but the phrase it owns is the subject, the owner with it (the speaker
 * stage resolves "his office" the same way before a verb of saying). */
function ownedSubject(ctx: SentenceContext): Span | null {
  const { tokens, pack } = ctx;
  if (!pack.possessives.has(tokens[0]?.lower ?? '') || ctx.quoted[0]) return null;
  const owned = collectSubject(ctx, 1);
  return owned && owned.start === 1 ? { start: 0, end: owned.end } : null;
}

/** The sentence's own subject, or null where its first words are an opening phrase - a
 * subordinate clause ("When they met, ...") or a time ("Hours later, ...") - whose subject is
 * not the main clause's. */
export function openingSubject(ctx: SentenceContext): Span | null {
  const { tokens, pack } = ctx;
  if (pack.clauseSubordinators.has(tokens[0]?.lower ?? '')) return null;
  const span = ownedSubject(ctx) ?? collectSubject(ctx);
  if (!span) return null;
  // "Hours later, ...", "Two days earlier, ...": words no person's name before a time's
  // adverb and its comma.
  const after = tokens[span.end];
  const timed =
    after?.type === 'word' && (pack.timeWords.has(after.lower) || pack.adverbs.has(after.lower));
  const words = tokens.slice(span.start, span.end);
  const named =
    words.slice(1).some((t) => t.cap) ||
    words.some((t) => ctx.referents.evidence.people.has(t.lower));
  return timed && !named && tokens[span.end + 1]?.text === ',' ? null : span;
}

/** "During the forum, the chairman praised ...": after an opening phrase and its comma, the
 * subject starts anew. "At a rally in Dover, Del., on Monday, the senator ...": a phrase
 * closed by the next comma (a state after its town, a date), or one with no subject, is
 * still the opening's. */
export function subjectAfterOpening(ctx: SentenceContext, at: number): Span | null {
  for (let i = 1; i < at - 1; i++) {
    if (ctx.tokens[i]?.text !== ',' || ctx.quoted[i]) continue;
    const span = collectSubject(ctx, i + 1);
    // The comma closing the phrase, past an abbreviation's full stop ("Del.,").
    const close = span && ctx.tokens[span.end]?.text === '.' ? span.end + 1 : (span?.end ?? 0);
    const closed = ctx.tokens[close]?.text === ',' && !ctx.quoted[close] && close < at - 2;
    // "In June, after the storm, the mayor ...": a phrase of no subject opens the next one.
    if (span && !closed) return span;
  }
  return null;
}

/**
 * "Ties worsened after Ruvania shot down a drone, saying it had crossed the border": the
 * subject of the last subordinate clause before the participle's comma, for when the
 * sentence's own subject is none. One plain clause only, no punctuation inside it.
 */
export function subordinateSubject(ctx: SentenceContext, at: number): Span | null {
  const { tokens, pack } = ctx;
  for (let k = at - 2; k > 0; k--) {
    const t = tokens[k];
    if (!t || t.type !== 'word' || ctx.quoted[k]) return null;
    if (!pack.clauseSubordinators.has(t.lower)) continue;
    const span = collectSubject(ctx, k + 1);
    return span && span.start === k + 1 && span.end < at - 1 ? span : null;
  }
  return null;
}

/** "Last month, when I asked her, she looked up and said": where a clause may start after
 * each comma before `at`; only the first in a sentence opened by a subordinate clause ("If,
 * for his back's sake, he leaned over and wrote ..." is all the condition's). */
export function openingCommaStarts(ctx: SentenceContext, at: number): number[] {
  const { tokens, pack } = ctx;
  const first = tokens[0]?.lower ?? '';
  const only = pack.clauseSubordinators.has(first) || pack.conditionals.has(first);
  const starts: number[] = [];
  for (let k = 0; k < at && (!only || starts.length === 0); k++)
    if (tokens[k]?.text === ',' && !ctx.quoted[k]) starts.push(k + 1);
  return starts;
}
