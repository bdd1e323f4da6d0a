/** The subject of a sentence a participle of saying hangs on, when the sentence's first words
 * are no opening phrase (core/rules/saying-clause.ts). */
import type { SentenceContext } from '../context';
import { collectSubject, type Span } from '../source';

/** The sentence's own subject, or null where its first words are an opening phrase - a
 * subordinate clause ("When they met, ...") or a time ("Hours later, ...") - whose subject is
 * not the main clause's. */
export function openingSubject(ctx: SentenceContext): Span | null {
  const { tokens, pack } = ctx;
  if (pack.clauseSubordinators.has(tokens[0]?.lower ?? '')) return null;
  const span = collectSubject(ctx);
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
