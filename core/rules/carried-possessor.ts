/**
 * "The governor's remarks, carried by state media, said ...": the words of a possessor,
 * carried by an outlet named in a participle aside, say the claim. The possessor spoke: the
 * source; the outlet is the via (docs/attribution.md). Without the outlet's aside a person's
 * words as subject are left alone ("X's remarks said" names no document).
 */
import type { SentenceContext } from '../context';
import { classify, type FoundSource, type Span } from '../source';
import { tokensText } from './util';

/** Kinds that can carry words as an outlet. */
const OUTLETS = new Set(['media', 'state_media']);

/** The possessor and the outlet of "<possessor>'s <words>, <relay> <outlet>, <verb at `at`>". */
export function carriedPossessor(
  ctx: SentenceContext,
  at: number,
): { source: FoundSource; span: Span; carrier: FoundSource } | null {
  const { tokens, pack } = ctx;
  const close = at - 1;
  if (tokens[close]?.text !== ',' || ctx.quoted[close]) return null;
  // The aside's opening comma: the first one of the sentence, with only words before it.
  const open = tokens.findIndex((t) => t.text === ',');
  if (open <= 0 || open >= close) return null;
  if (tokens.slice(0, open).some((t, k) => t.type !== 'word' || ctx.quoted[k])) return null;
  const relay = pack.carriedBackVerbs.matchAt(tokens, open + 1);
  if (relay === 0) return null;
  const carrier = classify(ctx, { start: open + 1 + relay, end: close });
  if (!carrier || !OUTLETS.has(carrier.kind)) return null;
  // The noun of the words right before the comma, the possessor right before it.
  let noun = -1;
  for (let k = open - 1; k > 0 && noun < 0; k--)
    if (k + pack.carriedWords.matchAt(tokens, k) === open) noun = k;
  const owner = tokens[noun - 1];
  // The possessive mark ends the possessor ("Renn's": its key drops the "'s").
  if (noun <= 0 || !owner || owner.base === owner.lower) return null;
  // "The governor's": the article belongs to the words, not to the possessor.
  const first = pack.determiners.has(tokens[0]?.lower ?? '') ? 1 : 0;
  const span = { start: first, end: noun };
  const found = classify(ctx, span);
  if (!found || OUTLETS.has(found.kind) || found.kind === 'document') return null;
  // The source as named, without its possessive mark.
  const mark = owner.lower.length - owner.base.length;
  const text = tokensText(ctx, span.start, span.end).slice(0, -mark);
  const name = found.name?.endsWith(owner.text) ? found.name.slice(0, -mark) : found.name;
  return { source: { ...found, text, name }, span, carrier };
}
