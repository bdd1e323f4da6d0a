/**
 * "kata pelatih asal Korea Selatan Shin Tae-yong", "menurut pemain asal Brasil Marquinhos":
 * a person's trade, the place they come from after its marker, then their name closing the
 * phrase. The place is no end of the source: the name after it is the speaker's.
 */
import type { SentenceContext } from '../context';
import { classify } from './classify';
import { collectRight } from './collect';
import { closesAt } from './described-name';

/** The end of the name after "<origin marker> <place>" at token `end`, or `end`. */
export function originNameAfter(ctx: SentenceContext, start: number, end: number): number {
  const { tokens, pack } = ctx;
  if (!pack.originMarkers.has(tokens[end]?.lower ?? '') || ctx.quoted[end]) return end;
  const from = end + 1 + pack.places.matchAt(tokens, end + 1);
  if (from === end + 1 || !tokens[from]?.cap) return end;
  const last = collectRight(ctx, from);
  if (last === from || !closesAt(ctx, last)) return end;
  return classify(ctx, { start, end: last })?.kind === 'named_person' ? last : end;
}
