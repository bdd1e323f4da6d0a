/**
 * "The ministry and state media said", "Polisi dan kantor berita resmi melaporkan": a list
 * with a generic state-media phrase as one item and a body, an organization or officials as
 * another. The other item speaks too, so the words do not reach the article
 * only through state media: the source takes the other item's kind (attribution.md, the
 * state_media flag).
 */
import type { Analysis } from '../analysis';
import { KIND_OF } from '../lexicon';
import type { Stage } from './types';

export const stateMediaPartner: Stage = {
  id: 'state-media-partner',
  decide(a: Analysis) {
    const { ctx, span } = a;
    // A named outlet is the outlet stages' ("KCNA and state media").
    if (a.mention()) return null;
    const found = ctx.pack.stateMedia.find(ctx.tokens, span.start, span.end);
    if (!found) return null;
    const joined = (from: number, to: number) => {
      for (let k = from; k < to; k++)
        if (!ctx.quoted[k] && ctx.pack.coordinators.has(ctx.tokens[k]?.lower ?? '')) return true;
      return false;
    };
    // Another item's own word, read from the lexicon (a body, a firm, officials), with a
    // coordinator between it and the phrase ("State media and the ministry" too).
    const partner = a
      .hits()
      .find(
        (h) =>
          h.table !== 'stateMedia' &&
          (h.at + h.len <= found.at
            ? joined(h.at + h.len, found.at)
            : h.at >= found.at + found.len && joined(found.at + found.len, h.at)),
      );
    const kind = partner ? KIND_OF[partner.table] : null;
    if (!kind || kind === 'media' || kind === 'state_media' || kind === 'document') return null;
    return a.found(kind, 'state-media-partner');
  },
};
