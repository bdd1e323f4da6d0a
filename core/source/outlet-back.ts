/**
 * "The paper said", "the agency added": the outlet a word of its kind with "the" points back
 * to. The outlet that last spoke or was told, a few sentences back; or, when a document spoke
 * since ("..., the ministry website said. ... the newspaper said"), the last outlet named
 * before it: a website or a statement is no newspaper.
 */
import type { SentenceContext } from '../context';
import type { Referent } from '../referents';

/** How many sentences back "the paper" may point to the outlet named before. */
const OUTLET_WINDOW = 3;

/** How many sentences back it may point past documents that spoke since. */
const PAST_DOCUMENTS_WINDOW = 10;

export function outletPointedBack(ctx: SentenceContext): Referent | null {
  const { referents } = ctx;
  const near = (r: Referent, window: number) => ctx.index - (r.sentence ?? -window - 1) <= window;
  const r = referents.lastWriter();
  if (!r) return null;
  if (r.kind === 'media' || r.kind === 'state_media') return near(r, OUTLET_WINDOW) ? r : null;
  // A document wrote last: the outlet before it, of either kind, whichever came later.
  const media = referents.lastOfKind('media');
  const state = referents.lastOfKind('state_media');
  const last = !media
    ? state
    : !state
      ? media
      : (state.sentence ?? -1) >= (media.sentence ?? -1)
        ? state
        : media;
  return last && near(last, PAST_DOCUMENTS_WINDOW) ? last : null;
}
