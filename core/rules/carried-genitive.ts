/**
 * "Televisi pemerintah menyiarkan pernyataan Menteri X yang menyebut ...": an outlet carried
 * the words of the speaker named right after their noun, whose relative clause gives them.
 * The speaker is the source and the outlet the via, as with "KCNA carried a statement from
 * the ministry that said ..." (carried-relative.ts), where the author follows "from".
 */
import type { SentenceContext } from '../context';
import type { FoundSource, Span } from '../source';
import { CARRIERS } from './carriers';
import { relayVia } from './relayed';
import { speakerBefore } from './speaker-before';
import type { Candidate } from './types';

/** Words of the noun of the words carried ("pernyataan", "konferensi pers"). */
const MAX_NOUN_WORDS = 2;

export function carriedGenitive(
  ctx: SentenceContext,
  at: number,
  speaker: { span: Span; source: FoundSource },
): Partial<Candidate> | null {
  const { pack, tokens } = ctx;
  // The speaker's relative right before the verb: "... Menteri X yang menyebut".
  const rel = at - 1;
  if (speaker.span.end !== rel || !pack.clauseRelatives.has(tokens[rel]?.lower ?? '')) return null;
  if (CARRIERS.has(speaker.source.kind)) return null;
  const start = speaker.span.start;
  for (let noun = start - 1; noun >= 0 && start - noun <= MAX_NOUN_WORDS; noun--) {
    if (noun + pack.carriedWords.matchAt(tokens, noun) !== start) continue;
    const verb = noun - 1;
    if (ctx.quoted[verb] || !pack.carryingVerbs.has(tokens[verb]?.lower ?? '')) return null;
    const outlet = speakerBefore(ctx, verb);
    if (!outlet || (outlet.source.kind !== 'media' && outlet.source.kind !== 'state_media'))
      return null;
    return relayVia(ctx, outlet.source);
  }
  return null;
}
