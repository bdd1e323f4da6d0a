/**
 * "In a KCNA dispatch, the minister said", "said in a state TV interview that ...", "Dalam
 * siaran KCNA, Menteri X menyebut ...": the outlet named as the occasion's own modifier
 * (before its noun in English, right after it in Indonesian) carried what was said on it.
 * Only a news outlet: "in a ministry statement", "dalam pidato Presiden" name who spoke.
 */
import type { SentenceContext } from '../context';
import type { SourceKind } from '../report';
import { classify, type FoundSource, type Span } from '../source';
import { carrierAfter, shrink } from './carriers';

const OUTLETS: ReadonlySet<SourceKind> = new Set(['media', 'state_media']);

/** The outlet among the words between the occasion's article and its noun: "a Xinhua
 * interview", "a state TV broadcast", or with the noun's own media word ("a state television
 * interview", where "television interview" is an occasion). A name or a state outlet's
 * phrase: lower-case words alone are the occasion's manner ("a daily news briefing"). */
function outletBefore(
  ctx: SentenceContext,
  from: number,
  noun: number,
  len: number,
): FoundSource | null {
  const { tokens, pack } = ctx;
  let start = from + 1;
  while (start < noun && pack.determiners.has(tokens[start]?.lower ?? '')) start++;
  if (start >= noun) return null;
  for (let k = start; k < noun + len - 1; k++)
    if (tokens[k]?.type !== 'word' || ctx.quoted[k]) return null;
  const ends = [noun];
  if (len > 1 && pack.media.has(tokens[noun]?.lower ?? '')) ends.push(noun + len - 1);
  for (const end of ends) {
    const named = tokens.slice(start, end).some((t) => t.cap);
    const state = pack.stateMedia.matchAt(tokens, start, end) === end - start;
    const source = named || state ? classify(ctx, { start, end }) : null;
    if (source && OUTLETS.has(source.kind)) return source;
  }
  return null;
}

/** The outlet naming the occasion whose noun (`len` words) stands at `noun`, the occasion
 * opened by its preposition at `from`; the span runs from the preposition to the phrase's end. */
export function outletNamingOccasion(
  ctx: SentenceContext,
  from: number,
  noun: number,
  len: number,
): { source: FoundSource; span: Span } | null {
  if (ctx.pack.data.adjectivesAfterNoun) {
    const found = carrierAfter(ctx, noun + len);
    if (!found || found.span.start !== noun + len || !OUTLETS.has(found.source.kind)) return null;
    const shrunk = shrink(ctx, found);
    return { source: shrunk.source, span: { start: from, end: shrunk.span.end } };
  }
  const source = outletBefore(ctx, from, noun, len);
  return source ? { source, span: { start: from, end: noun + len } } : null;
}
