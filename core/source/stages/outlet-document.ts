/** "Hasil Survei Tempo": an outlet's survey or report, named before the outlet, is a named
 * document. A state outlet's report ("laporan KCNA") is that outlet speaking: state media is
 * its only source. */
import { isStateControlled } from '../../outlets';
import type { Analysis } from '../analysis';
import { outletSource } from './outlet';
import type { Stage } from './types';

export const outletDocument: Stage = {
  id: 'outlet-document',
  decide(a: Analysis) {
    const mention = a.mention();
    const documentHit = a.hits().find((h) => h.table === 'documents');
    if (!mention || !documentHit) return null;
    const mentionAt = a.ctx.tokens.findIndex((t) => t.start >= mention.start);
    if (documentHit.at >= mentionAt) return null;
    if (isStateControlled(mention.outlet))
      return outletSource(a.ctx, a.span, mention, 'outlet-document/state-media');
    return a.found('document', 'outlet-document', { outlet: mention.outlet.id });
  },
};
