/**
 * "An official not authorized to speak to reporters said": a reduced clause saying why the
 * name is withheld runs from the unnamed head up to the verb. The phrase found right before
 * the verb ("reporters", "the media") is the clause's object, not the speaker; the source is
 * the head with its clause.
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import { clauseHeadStart, headBefore } from './unnamed-placed';
import { tokensText } from './util';
import { UNNAMED_KINDS } from '../source-kind-groups';

/** Words from the withholding phrase up to the verb ("not authorized to discuss the matter
 * publicly"). */
const MAX_CLAUSE_TOKENS = 10;

export function withheldReducedBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const start = clauseHeadStart(ctx, at);
  for (let k = Math.max(start + 1, at - MAX_CLAUSE_TOKENS); k < at; k++) {
    const len = pack.withheldNames.matchAt(tokens, k, at);
    if (len === 0) continue;
    // Plain words only between the phrase and the verb: no comma, quote or capital name.
    for (let i = k; i < at; i++) {
      const t = tokens[i];
      if (!t || ctx.quoted[i] || (t.type !== 'word' && t.text !== '.')) return null;
    }
    const head = headBefore(ctx, k, start);
    if (head >= k) return null;
    const found = classify(ctx, { start: head, end: k });
    if (!found || !UNNAMED_KINDS.has(found.kind)) return null;
    return {
      span: { start: head, end: at },
      source: { ...found, text: tokensText(ctx, head, at) },
    };
  }
  return null;
}
