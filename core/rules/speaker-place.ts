/**
 * Sources written with something between them and their verb that the phrase collectors stop
 * at: an outlet's name before an unnamed noun ("A Reuters TV crew ... said") and the place a
 * source stood ("A Reuters photographer at the scene said"). Helpers of speaker-verb.
 */
import type { SentenceContext } from '../context';
import { classify, outletIn, sourceBefore, type FoundSource, type Span } from '../source';
import type { Token } from '../text';
import { tokensText } from './util';

/** "A Reuters TV crew": an outlet's name, with its determiner, right before the noun at
 * `start`; the phrase from there to the verb is classified whole (the outlet stage). */
export function outletOwner(
  ctx: SentenceContext,
  start: number,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens } = ctx;
  let k = start - 1;
  while (k >= 0 && tokens[k]?.cap && !ctx.quoted[k]) k--;
  if (k === start - 1 || !outletIn(ctx, { start: k + 1, end: start })) return null;
  if (ctx.pack.determiners.has(tokens[k]?.lower ?? '')) k--;
  const span = { start: k + 1, end: at };
  const source = classify(ctx, span);
  return source && (source.kind === 'media' || source.kind === 'state_media')
    ? { span, source }
    : null;
}

/** Tokens of a distance's unit written again in brackets: "(1.5 km)", "(12 miles)". */
const MAX_BRACKET_TOKENS = 4;
/** A count of a distance: digits ("20", "1.5") or a number word ("two"). */
const DIGITS = /^\d+(?:[.,]\d+)?$/u;

/**
 * "20 km from", "about a mile (1.5 km) from": where a distance before the locative at `loc`
 * starts (its count, with an approximator), or `loc` when none stands there.
 */
function distanceStart(ctx: SentenceContext, loc: number): number {
  const { tokens, pack } = ctx;
  let k = loc - 1;
  if (tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > 0 && k - open <= MAX_BRACKET_TOKENS && tokens[open]?.text !== '(') open--;
    if (tokens[open]?.text !== '(') return loc;
    k = open - 1;
  }
  if (ctx.quoted[k] || !pack.distanceUnits.has(tokens[k]?.lower ?? '')) return loc;
  const count = tokens[k - 1];
  const counted =
    count !== undefined &&
    (DIGITS.test(count.text) ||
      pack.numberWords.has(count.lower) ||
      pack.singularDeterminers.has(count.lower));
  if (!counted) return loc;
  k -= 2;
  // "about a mile", "some 20 km": the approximator belongs to the distance.
  for (let len = 1; len <= 2; len++)
    if (k - len + 1 >= 0 && pack.figureApproximators.matchAt(tokens, k - len + 1) === len)
      return k - len + 1;
  return k + 1;
}

/** Words of a place phrase after its locative: "at the scene", "near the main gate". */
const MAX_PLACE_WORDS = 3;

/**
 * "A Reuters photographer at the scene said", "Rescue workers near the collapsed wall said":
 * a source followed by where it stood (how far from a place too) or where it is sent ("a
 * delegate to the summit"), in words no lexicon knows; the source is the phrase
 * before the locative, written with its place.
 */
export function speakerAtPlace(
  ctx: SentenceContext,
  at: number,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  for (let loc = at - 2; loc >= 1 && at - loc <= MAX_PLACE_WORDS + 1; loc--) {
    const t = tokens[loc] as Token;
    if (t.type !== 'word' || ctx.quoted[loc] || t.cap) return null;
    // "A delegate to the summit said": whom or what the source is sent to, placed alike.
    if (!pack.locatives.has(t.lower) && !pack.addressees.has(t.lower)) continue;
    // The place opens with a determiner: "at the scene", never "from southern (states)".
    if (!pack.determiners.has(tokens[loc + 1]?.lower ?? '')) return null;
    const tail = tokens.slice(loc + 1, at);
    if (!tail.every((w, k) => w.type === 'word' && !w.cap && !ctx.quoted[loc + 1 + k])) return null;
    // "A Reuters witness 20 km from the border said": the distance, then the place.
    const stood = distanceStart(ctx, loc);
    const head = sourceBefore(ctx, stood);
    const found = head ? classify(ctx, head) : null;
    if (!head || !found || head.end !== stood) return null;
    return {
      span: { start: head.start, end: at },
      source: { ...found, text: tokensText(ctx, head.start, at) },
    };
  }
  return null;
}

/** Plain lower-case words a trade description may put before a source ("shipping agent"). */
const MAX_DESCRIPTOR_WORDS = 2;

/**
 * "..., shipping agent Norvik said", "..., port operator Norvik said": plain lower-case words
 * between a comma and the source found, filling the clause, describe it; they are no part of
 * the claim before the comma. The same source with the wider text, or null.
 */
export function describedAfterComma(
  ctx: SentenceContext,
  span: Span,
  source: FoundSource,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  let k = span.start;
  while (k > 0 && span.start - k < MAX_DESCRIPTOR_WORDS) {
    const t = tokens[k - 1] as Token;
    if (t.type !== 'word' || t.cap || ctx.quoted[k - 1] || pack.stopwords.has(t.lower)) break;
    // "..., sementara Gubernur X mengatakan": a word joining clauses opens the second.
    const joins =
      pack.cueWords.has(t.lower) ||
      pack.openers.has(t.lower) ||
      pack.clauseJoiners.has(t.lower) ||
      pack.coordinators.has(t.lower) ||
      pack.adverbs.has(t.lower);
    if (joins) break;
    k--;
  }
  if (k === span.start || tokens[k - 1]?.text !== ',' || ctx.quoted[k - 1]) return null;
  const wider = { start: k, end: span.end };
  return { span: wider, source: { ...source, text: tokensText(ctx, k, span.end) } };
}
