/**
 * "The union's position is that the contract was never signed", "Kowalski's view was that
 * ...": a noun of a stated position, a copula and the claim's complementizer. The position's
 * owner, a name or a described person or body in the possessive, is the source.
 */
import type { SentenceContext } from '../context';
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';
import { classify, type FoundSource, type Span } from '../source';
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

/** Words of an owner named after the noun ("of the city's planning board"). */
const MAX_OWNER_AFTER = 8;

/** A position's noun and its copula, or its owner's link, start at token `i` (the sentence
 * gate asks this; the rule reads the owner). */
export function heldPositionAt(pack: CompiledPack, tokens: readonly Token[], i: number): boolean {
  const len = pack.positionNouns.matchAt(tokens, i);
  if (len === 0) return false;
  const next = tokens[i + len]?.lower ?? '';
  return pack.positionCopulas.matchAt(tokens, i + len) > 0 || pack.positionOwnerLinks.has(next);
}

/** "A key finding of the survey was that ...": the owner after the noun's link, up to the
 * copula and its complementizer; the copula's end with it. Words only, outside quotes. */
function ownerAfter(
  ctx: SentenceContext,
  at: number,
  len: number,
): { span: Span; source: FoundSource; end: number } | null {
  const { tokens, pack } = ctx;
  const link = at + len;
  if (!pack.positionOwnerLinks.has(tokens[link]?.lower ?? '')) return null;
  for (let k = link + 2; k <= link + 1 + MAX_OWNER_AFTER; k++) {
    const t = tokens[k];
    if (!t || ctx.quoted[k] || t.type !== 'word') return null;
    const copula = pack.positionCopulas.matchAt(tokens, k);
    if (copula === 0) continue;
    if (!pack.complementizers.has(tokens[k + copula]?.lower ?? '')) return null;
    const span = { start: link + 1, end: k };
    const source = classify(ctx, span);
    // "The conclusion of this whole business was that ...": after "of" an outcome's owner
    // reads as a firm's generic noun; firms state positions in the possessive.
    if (!source || source.kind === 'organization') return null;
    return { span, source, end: k + copula };
  }
  return null;
}

export const heldPosition: Rule = {
  id: 'held-position',
  find(ctx: SentenceContext): Candidate[] {
    const out: Candidate[] = [];
    const { tokens, pack } = ctx;
    for (const [at, len] of matchesOutsideQuotes(ctx, pack.positionNouns)) {
      if (ctx.quoted[at + len]) continue;
      const copula = pack.positionCopulas.matchAt(tokens, at + len);
      const after = copula === 0 ? ownerAfter(ctx, at, len) : null;
      if (copula === 0 && !after) continue;
      const end = after ? after.end : at + len + copula;
      // The possessor, and the complementizer right after the copula.
      const owner = after ?? possessorOfNoun(ctx, at, end) ?? pronounOwner(ctx, at, end);
      const first = tokens[end + 1];
      // "The mayor's position is that of a mediator": a pronoun's "that", no clause.
      if (!owner || !first || pack.nonClauseOpeners.has(first.lower)) continue;
      out.push({
        rule: this.id,
        cue: tokensText(ctx, at, after ? at + len : end),
        cueSpan: { start: at, end: after ? at + len : end },
        source: owner.source,
        sourceSpan: owner.span,
        rank: 2,
        // "is that, although ..., X": the aside's comma opens no words.
        claim: ctx.text
          .slice(first.start)
          .replace(/^[,;]\s*/u, '')
          .replace(/[.!?]$/, ''),
      });
    }
    return out;
  },
};
