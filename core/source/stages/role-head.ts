/** "a spokesman", "the minister", "Kepala Dinas": a role with no name. Pointing back ("the
 * minister") it is the person given that role before; otherwise an unnamed official. */
import type { Analysis } from '../analysis';
import { tokensText } from '../tokens';
import type { Stage } from './types';

export const roleHead: Stage = {
  id: 'role-head',
  decide(a: Analysis) {
    const head = a.head();
    if (head?.table !== 'roles') return null;
    const { ctx, text } = a;
    if (a.pointing()) {
      const roleWords = tokensText(ctx, head.at, head.at + head.len).toLowerCase();
      const found = ctx.referents.lastPersonBy(ctx.index);
      const r = found?.referent;
      if (found && r && (r.role ?? '').toLowerCase().includes(roleWords)) {
        return a.found('named_person', `role-head/${found.by}`, {
          name: r.name,
          role: r.role ?? text,
          resolvesTo: r.name,
        });
      }
    }
    return a.found('unnamed_official', 'role-head', { role: text });
  },
};
