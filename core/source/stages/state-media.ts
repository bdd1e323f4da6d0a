/**
 * "state media", "kantor berita resmi": a generic state-media phrase. With an outlet named
 * too, the registry decides ("Xinhua, the Chinese state news agency" is Xinhua): whether an
 * outlet is state-controlled is the registry's fact, never the description's.
 */
import type { Analysis } from '../analysis';
import { outletSource } from './outlet';
import type { Stage } from './types';

export const stateMedia: Stage = {
  id: 'state-media',
  decide(a: Analysis) {
    const { ctx, span } = a;
    if (!ctx.pack.stateMedia.find(ctx.tokens, span.start, span.end)) return null;
    const named = a.mention();
    if (named) return outletSource(ctx, span, named, 'state-media/outlet');
    return a.found('state_media', 'state-media');
  },
};
