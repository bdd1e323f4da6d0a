/** "26 percent said", "six in 10 say": a share of respondents with no noun after it, right
 * before its verb, is the unnamed people a poll counted (source/share-left.ts finds the
 * phrase). After a verb it is no speaker: "a rise, say ten percent, would ..." gives a figure. */
import type { Analysis } from '../analysis';
import { isShareAlone } from '../share-left';
import type { Stage } from './types';

export const shareAlone: Stage = {
  id: 'share-alone',
  decide(a: Analysis) {
    const next = a.ctx.tokens[a.span.end];
    const beforeVerb = next?.type === 'word' && !a.ctx.quoted[a.span.end];
    return beforeVerb && isShareAlone(a.ctx, a.span) ? a.found('anonymous', 'share-alone') : null;
  },
};
