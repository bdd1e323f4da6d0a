/**
 * "Kim, according to KCNA, said the test succeeded": an outlet cited in an aside set off by
 * commas between the speaker and the verb carried the speaker's words; the speaker is the
 * source (the outlet the via, see relayed). The speaker's phrase read up to the verb ran over
 * the aside: it stops at the aside's comma.
 */
import type { SentenceContext } from '../context';
import { classify } from '../source';
import { CARRIERS } from './carriers';
import type { Candidate } from './types';

export function speakerAroundCitation(
  ctx: SentenceContext,
  kept: Candidate,
  all: readonly Candidate[],
): Candidate | null {
  const { tokens } = ctx;
  const outlet = kept.source.kind;
  if (kept.rule !== 'according-to' || (outlet !== 'media' && outlet !== 'state_media')) return null;
  const comma = kept.cueSpan.start - 1;
  const close = kept.sourceSpan?.end ?? -1;
  if (tokens[comma]?.text !== ',' || ctx.quoted[comma] || tokens[close]?.text !== ',') return null;
  const verb = all.find(
    (c) =>
      c !== kept &&
      c.rank === 2 &&
      c.cueSpan.start === close + 1 &&
      c.sourceSpan !== null &&
      c.sourceSpan.start < comma,
  );
  if (!verb?.sourceSpan) return null;
  const span = { start: verb.sourceSpan.start, end: comma };
  const source = classify(ctx, span);
  if (!source || CARRIERS.has(source.kind)) return null;
  return { ...verb, source, sourceSpan: span };
}
