/**
 * "a tactic critics say backfired", "the law officials say was needed": a relative clause
 * with no "that" whose verb of saying is followed by a verb with no subject of its own. The
 * phrase found before the verb then runs from the head noun the clause hangs on ("a tactic")
 * into the speakers; the source is the speakers' words alone ("critics", "officials").
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** Time words after a verb before what it says ("say on Monday was needed"). */
const MAX_TIME_AFTER = 4;

/** A verb right at `k` with no subject before it: an auxiliary ("was needed"), a past form
 * no participle shares ("fell apart"), or a past or present form by its ending before a
 * function word, an article or the clause's end ("backfired on", "gives the police"). */
function subjectlessVerb(ctx: SentenceContext, k: number): boolean {
  const { pack, tokens } = ctx;
  const t = tokens[k] as Token | undefined;
  if (!t || t.type !== 'word' || t.cap || ctx.quoted[k]) return false;
  if (pack.finiteAuxiliaries.has(t.lower) || pack.irregularPasts.has(t.lower)) return true;
  const next = tokens[k + 1];
  const end = !next || next.type !== 'word';
  const marked = !end && pack.nounMarkers.has(next.lower);
  // "backfired on", "gives the police": a past form before a function word or the end; a
  // present one only before an article or possessive ("said wages were" is a plural noun).
  if (!end && !marked && !pack.stopwords.has(next.lower)) return false;
  if (pack.irregularPastObjects.has(t.lower)) return true;
  const ending = (e: string) => t.lower.length > e.length + 2 && t.lower.endsWith(e);
  return pack.data.finiteVerbEndings.some(
    (e) => ending(e) && (marked || pack.data.participleEndings.includes(e)),
  );
}

/** The speakers' words of a reduced relative's source `span` (verb at `at`, `len` words),
 * or null when the clause is no reduced relative or the span holds no head before them. */
export function reducedRelativeSource(
  ctx: SentenceContext,
  at: number,
  len: number,
  span: Span,
): { span: Span; source: FoundSource } | null {
  const { pack, tokens } = ctx;
  // Where modifiers follow the noun, the words after a head describe it ("pejabat
  // pemerintah"), and a relative clause always opens with its relative ("yang"): no such clause.
  if (pack.data.adjectivesAfterNoun) return null;
  let next = at + len;
  // "told reporters": a form of "tell" takes its addressee first ("reporters" is no verb).
  if (pack.tellVerbs.has(tokens[next - 1]?.lower ?? '') && tokens[next]?.type === 'word') next++;
  while (next < at + len + MAX_TIME_AFTER && pack.timeWords.has(tokens[next]?.lower ?? '')) next++;
  if (!subjectlessVerb(ctx, next)) return null;
  // The head is an article and a common noun ("a tactic", "the law"), no word of the
  // speakers' own ("the State Department", "the local police"); the phrase found may have
  // run on from further back ("Voters backed a levy critics say ...").
  for (let d = span.end - 3; d >= span.start; d--) {
    if (!pack.determiners.has(tokens[d]?.lower ?? '')) continue;
    const head = tokens[d + 1] as Token;
    if (head.type !== 'word' || head.cap || pack.modifiers.has(head.lower)) return null;
    const rest = { start: d + 2, end: span.end };
    const source = classify(ctx, rest);
    // "a pattern local police believe is linked": a body's people speak as the body.
    const speaks = source && (UNNAMED_KINDS.has(source.kind) || source.kind === 'official_body');
    return speaks ? { span: rest, source } : null;
  }
  return null;
}
