/**
 * Where two speakers' clauses join in one sentence ("X said A, but Y said B"): the joiner
 * before the second speaker's source (claim.ts splitClaims splits the claims there).
 */
import { closesSentence } from './closes-sentence';
import type { SentenceContext } from './context';
import type { Candidate } from './rules';

/** Start of a clause joiner ending at second speaker `c`'s source, after token `floor`, or -1;
 * `kept` is the first speaker's candidate. */
export function joinerBefore(
  ctx: SentenceContext,
  kept: Candidate,
  c: Candidate,
  floor: number,
): number {
  const [end, cueEnd] = [c.sourceSpan?.start ?? 0, c.cueSpan.end];
  // An open question holds no report: "experts questioned how long it would last and the
  // ministry concedes ..." joins two speakers with no comma.
  const asked = ctx.pack.interrogatives.has(ctx.tokens[kept.cueSpan.end]?.lower ?? '');
  // "While X says A, Y warns B": the subordinate clause opening the sentence closes at the
  // comma right before the second speaker.
  const comma = end - 1;
  if (
    comma > floor &&
    ctx.tokens[comma]?.text === ',' &&
    !ctx.quoted[comma] &&
    ctx.pack.openingSubordinators.has(ctx.tokens[0]?.lower ?? '') &&
    (kept.sourceSpan?.start ?? 0) > 0
  )
    return comma;
  // "State media blamed A, with the Global Times saying B": a second speaker's participle
  // clause after a comma and "with" (rules/saying-clause.ts reads its source).
  const withAt = end - 1;
  if (
    c.rule === 'saying-clause' &&
    withAt - 1 > floor &&
    ctx.tokens[withAt - 1]?.text === ',' &&
    !ctx.quoted[withAt] &&
    ctx.pack.withMarkers.has(ctx.tokens[withAt]?.lower ?? '')
  )
    return withAt;
  for (let len = 1; len <= MAX_JOINER_WORDS && end - len > floor; len++) {
    const at = end - len;
    if (ctx.quoted[at]) return -1;
    // "Some said A; others said B": a semicolon joins two clauses as a joiner word does.
    if (ctx.pack.clauseJoiners.matchAt(ctx.tokens, at, end) === len) return at;
    if (len === 1 && ctx.tokens[at]?.text === ';') return at;
    // "Many said A and others said B": the rest of a group, right after a coordinator, is a
    // second speaker with or without a comma (no one tells of "others" inside an account).
    const rest = ctx.pack.contrastSubjects.matchAt(ctx.tokens, at + 1, cueEnd);
    const coordinated = ctx.pack.coordinators.has(ctx.tokens[at]?.lower ?? '');
    if (coordinated && rest > 0 && at + 1 + rest === c.sourceSpan?.end) return at;
    // "X said A, and Y said B": "and" joins two speakers' clauses after a comma only ("X said
    // A and Y said B" is all X's account). "..., and officers told him to leave": an order.
    const order = ctx.pack.infinitiveMarkers.has(ctx.tokens[cueEnd + 1]?.lower ?? '');
    const joined = ctx.tokens[at - 1]?.text === ',' || asked;
    // "X said A, as Y vowed B": two accounts; "X said A, as Y reported" is Y's account of A.
    const account =
      ctx.pack.accountSubordinators.has(ctx.tokens[at]?.lower ?? '') && closesSentence(ctx, c);
    if (
      joined &&
      at - 1 > floor &&
      !order &&
      !account &&
      ctx.pack.commaClauseJoiners.matchAt(ctx.tokens, at, end) === len
    )
      return at;
    // "China said A, as the premier vowed to push on with B": after a comma, "as" opens a
    // second speaker's clause when words of its own follow the verb; "..., as Reuters
    // reported on Monday" only tells where the first claim was read.
    if (
      joined &&
      at - 1 > floor &&
      ctx.pack.accountSubordinators.matchAt(ctx.tokens, at, end) === len &&
      ownWordsAfter(ctx, cueEnd)
    )
      return at;
  }
  return -1;
}

/** A word of a claim right after the cue: not a time, a place or a manner of telling. */
function ownWordsAfter(ctx: SentenceContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || t.type !== 'word' || ctx.quoted[i]) return false;
  const { pack } = ctx;
  return (
    !pack.timeWords.has(t.lower) &&
    !pack.complementPrepositions.has(t.lower) &&
    pack.relativeTimes.matchAt(ctx.tokens, i) === 0
  );
}

/** Longest clause joiner, in words ("even as", "sementara itu"). */
const MAX_JOINER_WORDS = 2;
