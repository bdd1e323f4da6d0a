/**
 * "Those who attended said ...", "Anyone who has visited Kelbo says ...", "Many who lost
 * their homes say ...": a word for a group that needs a relative clause ("those", "anyone")
 * opening the clause, the relative, then the words up to the verb. The whole phrase is an
 * unnamed group: anonymous, or the unnamed kind the words themselves give ("Those who work
 * for the ministry" read by the lexicons). A place, body or outlet inside the clause ("who
 * spoke to Reuters") is what the people did, not who speaks.
 */
import type { SentenceContext } from '../context';
import { classify, plainSource, type FoundSource, type Span } from '../source';
import { clauseHeadStart, UNNAMED } from './unnamed-placed';
import { tokensText } from './util';

/** Words between the relative and the verb: "who has visited Kelbo in the spring". */
const MAX_CLAUSE_WORDS = 8;

export function relativeGroupBefore(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const start = clauseHeadStart(ctx, at);
  if (!pack.relativeGroupHeads.has(tokens[start]?.lower ?? '')) return null;
  if (!pack.relativePronouns.has(tokens[start + 1]?.lower ?? '')) return null;
  const words = at - start - 2;
  if (words < 1 || words > MAX_CLAUSE_WORDS) return null;
  for (let k = start; k < at; k++) if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return null;
  // "Those who campaigned have said": an auxiliary or adverb before the verb is the verb's.
  let end = at;
  while (end > start + 3 && pack.adverbs.has(tokens[end - 1]?.lower ?? '')) end--;
  const span = { start, end };
  const found = classify(ctx, span);
  const kind = found && UNNAMED.has(found.kind) ? found.kind : 'anonymous';
  const text = tokensText(ctx, start, end);
  return { span, source: plainSource(text, kind, { basis: 'rule:speaker-verb/relative-group' }) };
}
