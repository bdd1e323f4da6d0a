/**
 * "The union's position is that the contract was never signed", "Kowalski's view was that
 * ...": a noun of a stated position, a copula and the claim's complementizer. The position's
 * owner, a name or a described person or body in the possessive, is the source.
 */
import type { SentenceContext } from '../context';
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';
import type { FoundSource, Span } from '../source';
import { personPossessiveSource } from '../source/stages/pronoun';
import { possessorOfNoun } from './possessor-claim';
import type { Candidate, Rule } from './types';
import { matchesOutsideQuotes, tokensText } from './util';

/** "His argument was that ...": a person's possessive right before the noun, the claim's
 * complementizer after the copula. */
function pronounOwner(
  ctx: SentenceContext,
  at: number,
  end: number,
): { span: Span; source: FoundSource } | null {
  if (!ctx.pack.complementizers.has(ctx.tokens[end]?.lower ?? '')) return null;
  const source = personPossessiveSource(ctx, at - 1, at === 1);
  return source ? { span: { start: at - 1, end: at }, source } : null;
}

/** A position's noun and its copula start at token `i` (the sentence gate asks this). */
export function heldPositionAt(pack: CompiledPack, tokens: readonly Token[], i: number): boolean {
  const len = pack.positionNouns.matchAt(tokens, i);
  return len > 0 && pack.positionCopulas.matchAt(tokens, i + len) > 0;
}

export const heldPosition: Rule = {
  id: 'held-position',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.positionNouns)) {
      const copula = pack.positionCopulas.matchAt(tokens, at + len);
      if (copula === 0 || ctx.quoted[at + len]) continue;
      const end = at + len + copula;
      // The possessor, and the complementizer right after the copula.
      const owner = possessorOfNoun(ctx, at, end) ?? pronounOwner(ctx, at, end);
      const first = tokens[end + 1];
      // "The mayor's position is that of a mediator": a pronoun's "that", no clause.
      if (!owner || !first || pack.nonClauseOpeners.has(first.lower)) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, end),
        cueSpan: { start: at, end },
        source: owner.source,
        sourceSpan: owner.span,
        rank: 2,
        claim: ctx.text.slice(first.start).replace(/[.!?]$/, ''),
      });
    }
    return out;
  },
};
