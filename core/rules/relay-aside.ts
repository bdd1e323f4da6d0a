/**
 * "According to the minister, quoted by state media, the dam ...": a relay set off by commas
 * right after a source names the outlet that carried the source's words; it is neither the
 * source nor the claim (the relay refiner records the outlet as the via).
 */
import type { SentenceContext } from '../context';
import { carrierAfter, shrink } from './carriers';

/** The comma closing a relay aside that opens at token `from` (a comma, a relay phrase, an
 * outlet), or `from` when none stands there. */
export function relayAsideEnd(ctx: SentenceContext, from: number): number {
  const { tokens, pack } = ctx;
  if (tokens[from]?.text !== ',' || ctx.quoted[from + 1]) return from;
  const len = pack.relays.matchAt(tokens, from + 1);
  if (len === 0 || pack.tellVerbs.has(tokens[from + 1]?.lower ?? '')) return from;
  const read = carrierAfter(ctx, from + 1 + len);
  if (!read || read.source.kind === 'document') return from;
  const { span } = shrink(ctx, read);
  return tokens[span.end]?.text === ',' ? span.end : from;
}
