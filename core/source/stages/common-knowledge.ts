/** "Experience shows that ...", "History tells us ...": what everyone knows, spoken of as if
 * it spoke, is the writer's own generalisation; no source. */
import type { Analysis } from '../analysis';
import { NOT_A_SOURCE, type Stage } from './types';

export const commonKnowledge: Stage = {
  id: 'common-knowledge',
  decide(a: Analysis) {
    const { pack, tokens } = a.ctx;
    const len = pack.commonKnowledge.matchAt(tokens, a.span.start, a.span.end);
    return len > 0 && a.span.start + len === a.span.end ? NOT_A_SOURCE : null;
  },
};
