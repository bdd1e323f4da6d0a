/**
 * "a move analysts say could slow growth", "the plan officials said would save money": a
 * clause that leaves out its relative word, where the noun before the unnamed group is what
 * the group speaks of, not part of its name. Shared by speaker-verb's subject finding.
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import { UNNAMED } from './unnamed-placed';
import { tokensText } from './util';

/** Words of time between the verb and the finite verb after it ("said on Monday"). */
const MAX_TIME_AFTER = 4;

/** Words of the noun the clause is about, between its determiner and the group. */
const MAX_ANTECEDENT_WORDS = 2;

/**
 * The unnamed source `span` opens with a determiner and a noun or two no source lexicon
 * knows, then an unnamed group's phrase that runs to its end; its verb at `at` is followed
 * at once by a finite verb with no subject of its own, so the group's phrase alone is the
 * source.
 */
export function groupAfterAntecedent(
  ctx: SentenceContext,
  at: number,
  found: { span: Span; source: FoundSource },
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const { span, source } = found;
  if (!UNNAMED.has(source.kind) || span.end > at) return null;
  // The verb's next word, past words of time ("said on Monday"), is a finite verb.
  let next = at + 1;
  const timeAt = (k: number) =>
    pack.timeWords.has(tokens[k]?.lower ?? '') &&
    !pack.finiteAuxiliaries.has(tokens[k]?.lower ?? '');
  while (next < at + MAX_TIME_AFTER && timeAt(next)) next++;
  if (!pack.finiteAuxiliaries.has(tokens[next]?.lower ?? '') || ctx.quoted[next]) return null;
  if (!pack.determiners.has(tokens[span.start]?.lower ?? '')) return null;
  const unnamedAt = (i: number) =>
    pack.anonymous.matchAt(tokens, i, span.end) === span.end - i ||
    pack.unnamedOfficials.matchAt(tokens, i, span.end) === span.end - i;
  for (let i = span.start + 1; i < span.end && i - span.start <= MAX_ANTECEDENT_WORDS + 1; i++) {
    const t = tokens[i];
    if (!t || t.type !== 'word' || t.cap || ctx.quoted[i]) return null;
    // A word of the group's own phrase ("the security sources") keeps the phrase whole.
    if (unnamedAt(i) || pack.roles.matchAt(tokens, i) > 0) {
      if (i === span.start + 1) return null;
      const group = { start: i, end: span.end };
      const found = classify(ctx, group);
      if (!found || !UNNAMED.has(found.kind)) return null;
      return { span: group, source: { ...found, text: tokensText(ctx, i, span.end) } };
    }
    if (pack.sourceWords.has(t.lower) && pack.anonymous.matchAt(tokens, i) > 0) return null;
  }
  return null;
}
