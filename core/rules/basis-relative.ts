/**
 * The relative clause closing an "according to" basis ("menurut data yang dihimpun
 * Kementerian Sosial, ...", "menurut laporan Xinhua yang dikelola negara, ..."): part of the
 * source's phrase, not of the claim.
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { tokensText } from './util';

/** Longest relative clause naming who made a document ("yang dihimpun Kementerian Sosial"). */
const MAX_RELATIVE_WORDS = 6;

const OUTLET_KINDS: ReadonlySet<string> = new Set(['media', 'state_media']);

/**
 * "menurut data yang dihimpun Kementerian Sosial, ...": a document, then a relative clause
 * saying who gathered or released it, closed by the clause's punctuation. The source is the
 * whole phrase, still a document. So too an outlet the clause describes ("menurut laporan
 * Xinhua yang dikelola negara, ..."), unless the clause cites someone (a relay of its own).
 */
export function documentWithRelative(
  ctx: SentenceContext,
  span: Span,
  source: FoundSource,
): { span: Span; source: FoundSource } | null {
  const { tokens, pack } = ctx;
  const outlet = OUTLET_KINDS.has(source.kind);
  if (source.kind !== 'document' && !outlet) return null;
  if (!pack.relativePronouns.has(tokens[span.end]?.lower ?? '')) return null;
  let k = span.end + 1;
  while (k - span.end <= MAX_RELATIVE_WORDS && tokens[k]?.type === 'word' && !ctx.quoted[k]) {
    if (outlet && pack.citations.has(tokens[k]?.lower ?? '')) return null;
    k++;
  }
  if (k === span.end + 1 || !/^[,.;]$/.test(tokens[k]?.text ?? '')) return null;
  const whole = { start: span.start, end: k };
  return { span: whole, source: { ...source, text: tokensText(ctx, whole.start, whole.end) } };
}
