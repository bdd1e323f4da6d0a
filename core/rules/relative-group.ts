/**
 * "Those who attended said ...", "Anyone who has visited Kelbo says ...", "Many who lost
 * their homes say ...", "Most of those interviewed said ...": a word for a group that needs a
 * relative clause ("those", "anyone") opening the clause (after a part of it), the relative
 * or a participle, then the words up to the verb. The whole phrase is an
 * unnamed group: anonymous, or the unnamed kind the words themselves give ("Those who work
 * for the ministry" read by the lexicons). A place, body or outlet inside the clause ("who
 * spoke to Reuters") is what the people did, not who speaks.
 */
import type { SentenceContext } from '../context';
import { classify, participleForm, plainSource, type FoundSource, type Span } from '../source';
import { UNNAMED_KINDS } from '../source-kind-groups';
import { clauseHeadStart } from './unnamed-placed';
import { tokensText } from './util';

/** Words between the relative and the verb: "who has visited Kelbo in the spring", "who
 * have drawn up plans for Dr. Lee to win the seat" (an abbreviation's stop is no word). */
const MAX_CLAUSE_WORDS = 12;

/** Token `k` is the full stop of an abbreviation inside the clause ("Dr. Lee"). */
function abbreviationStop(ctx: SentenceContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  return (
    ctx.tokens[k]?.text === '.' &&
    prev?.type === 'word' &&
    ctx.pack.abbreviations.has(prev.lower) &&
    ctx.tokens[k + 1]?.type === 'word'
  );
}

/** A participle by its ending at token `k` ("interviewed", "polled"): a reduced relative. */
function reducedRelative(ctx: SentenceContext, k: number): boolean {
  const t = ctx.tokens[k];
  if (!t || !participleForm(ctx.pack, t) || ctx.quoted[k]) return false;
  return !ctx.pack.stopwords.has(t.lower);
}

/** Words before the relative: the group word and a part of it ("many of those"). */
const MAX_HEAD_WORDS = 3;

/** Where the clause ending before `at` starts, reaching as far as a long relative clause may
 * (past an abbreviation's stop), past an opener or coordinator ("Even those who ..."). */
function longClauseStart(ctx: SentenceContext, at: number): number {
  const { tokens, pack } = ctx;
  let i = at - 1;
  while (
    i >= 0 &&
    at - i <= MAX_CLAUSE_WORDS + MAX_HEAD_WORDS + 2 &&
    !ctx.quoted[i] &&
    (tokens[i]?.type === 'word' || abbreviationStop(ctx, i))
  )
    i--;
  const start = i + 1;
  const opener = tokens[start]?.lower ?? '';
  return pack.openers.has(opener) || pack.coordinators.has(opener) ? start + 1 : start;
}

export function relativeGroupBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const near = clauseHeadStart(ctx, at);
  const start = pack.relativeGroupHeads.has(tokens[near]?.lower ?? '')
    ? near
    : longClauseStart(ctx, at);
  // "Many of those who fled", "Most of those interviewed": a part of the group first.
  const part =
    pack.partitiveLinks.has(tokens[start + 1]?.lower ?? '') &&
    pack.relativeGroupHeads.has(tokens[start + 2]?.lower ?? '');
  const head = part ? start + 2 : start;
  if (!pack.relativeGroupHeads.has(tokens[start]?.lower ?? '')) return null;
  // "Those interviewed said": a participle opens the clause with no relative.
  const relative = pack.relativePronouns.has(tokens[head + 1]?.lower ?? '');
  if (!relative && !reducedRelative(ctx, head + 1)) return null;
  let stops = 0;
  for (let k = start; k < at; k++) {
    if (ctx.quoted[k]) return null;
    if (tokens[k]?.type === 'word') continue;
    if (!abbreviationStop(ctx, k)) return null;
    stops++;
  }
  const words = at - head - (relative ? 2 : 1) - stops;
  if (words < (relative ? 1 : 0) || words > MAX_CLAUSE_WORDS) return null;
  // "Those who campaigned have said": an auxiliary or adverb before the verb is the verb's.
  let end = at;
  while (end > start + 3 && pack.adverbs.has(tokens[end - 1]?.lower ?? '')) end--;
  const span = { start, end };
  // "Those questioned by police": who did it to them is no word about who they are.
  const by = tokens.findIndex((t, k) => k > head && k < end && pack.agentMarkers.has(t.lower));
  const found = classify(ctx, !relative && by > 0 ? { start, end: by } : span);
  const kind = found && UNNAMED_KINDS.has(found.kind) ? found.kind : 'anonymous';
  const text = tokensText(ctx, start, end);
  return { span, source: plainSource(text, kind, { basis: 'rule:speaker-verb/relative-group' }) };
}
