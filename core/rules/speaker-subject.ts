/**
 * Helpers of the speaker-verb rule for its subject: a bare first word that is no speaker, and
 * the phrase a relative clause hangs on.
 */
import type { SentenceContext } from '../context';
import { classify, sourceBefore, type FoundSource, type Span } from '../source';
import type { Token } from '../text';

/** One capitalised word no lexicon, outlet or earlier mention knows, opening the sentence:
 * "Prices rose and ..." has no speaker. */
export function bareFirstWord(ctx: SentenceContext, span: Span): boolean {
  const only = span.end - span.start === 1 ? ctx.tokens[span.start] : undefined;
  if (!only || ctx.pack.sourceWords.has(only.lower)) return false;
  const source = classify(ctx, span);
  return (
    source?.kind === ctx.pack.data.loneNameKind &&
    !source.outlet &&
    !source.resolvesTo &&
    !source.basis?.includes('evidence')
  );
}

/** Longest relative clause between a source and its verb, in tokens. */
const MAX_RELATIVE_TOKENS = 12;

/**
 * "Doctors who treated the victims said", "Gulf states that want the army gone have said":
 * the words before the verb close a relative clause (or are no source at all); the source is
 * the phrase the clause hangs on. The clause runs unbroken by punctuation or quotation.
 */
export function relativeHead(
  ctx: SentenceContext,
  at: number,
  span: Span | null,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const floor = Math.max(1, at - MAX_RELATIVE_TOKENS);
  for (let r = at - 2; r >= floor; r--) {
    const t = tokens[r] as Token;
    if (t.type !== 'word' || ctx.quoted[r]) return null;
    if (!pack.clauseRelatives.has(t.lower)) continue;
    // The span found must lie inside the clause, after its verb.
    if (span && span.start <= r + 1) return null;
    const head = sourceBefore(ctx, r);
    if (!head || head.end !== r) return null;
    const source = classify(ctx, head);
    if (!source || source.kind === 'document' || bareFirstWord(ctx, head)) return null;
    return { span: head, source };
  }
  return null;
}
