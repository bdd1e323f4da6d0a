/**
 * "Dalam surat dakwaan, terdakwa disebut menerima Rp 2 miliar", "In the filing, Roe is
 * alleged to have ...": a hedge in a clause opened by the document it was read in. The
 * document is the source and the hedge its wording, as when the sentence names any source
 * beside a hedge; a frame that is no document ("Dalam rapat itu, ...") leaves the hedge.
 */
import type { SentenceContext } from '../context';
import { classify } from '../source';
import type { Candidate, Refiner } from './types';

/** Words of the document phrase between the opener and its comma. */
const MAX_FRAME_WORDS = 8;

export const framedHedge: Refiner = {
  id: 'framed-hedge',
  refine(ctx: SentenceContext, kept: Candidate): Candidate {
    if (kept.rule !== 'hedge') return kept;
    const { tokens, pack } = ctx;
    if (ctx.quoted[0]) return kept;
    const opener = pack.documentFrameOpeners.matchAt(tokens, 0);
    if (opener === 0) return kept;
    let comma = opener;
    while (comma - opener <= MAX_FRAME_WORDS && tokens[comma]?.type === 'word') comma++;
    if (comma === opener || tokens[comma]?.text !== ',' || comma >= kept.cueSpan.start) return kept;
    const span = { start: opener, end: comma };
    const source = classify(ctx, span);
    if (source?.kind !== 'document') return kept;
    return { ...kept, rule: 'framed-hedge', source, sourceSpan: span, rank: 1 };
  },
};
