/** "Lionfield, which makes tyres, said": a name followed by a relative clause only a thing or
 * an institution takes is no person; named before, the earlier-name stage has decided. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const thingRelative: Stage = {
  id: 'thing-relative',
  decide(a: Analysis) {
    const first = a.firstSegment();
    const role = a.roleHit();
    if (!first || (role && role.at < first.end)) return null;
    const opener = a.ctx.tokens[first.end + 1];
    if (!opener || !a.ctx.pack.thingRelatives.has(opener.lower)) return null;
    return a.found('organization', 'thing-relative');
  },
};
