/** "26 percent said", "six in 10 say": a share of respondents with no noun after it is the
 * unnamed people a poll counted (source/share-left.ts finds the phrase). */
import type { Analysis } from '../analysis';
import { isShareAlone } from '../share-left';
import type { Stage } from './types';

export const shareAlone: Stage = {
  id: 'share-alone',
  decide(a: Analysis) {
    return isShareAlone(a.ctx, a.span) ? a.found('anonymous', 'share-alone') : null;
  },
};
