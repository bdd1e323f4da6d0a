/** "a spokesman", "the minister", "Kepala Dinas": a role with no name. Pointing back ("the
 * minister", "the professor") it is the person given that role before; otherwise an unnamed
 * official, or an unnamed source when the role is no office ("the lead author", left to
 * lexicon-head, whose unnamed-source table lists it too). */
import type { Analysis } from '../analysis';
import { tokensText } from '../tokens';
import type { Stage } from './types';

export const roleHead: Stage = {
  id: 'role-head',
  decide(a: Analysis) {
    const head = a.head();
    const roleHit = a.roleHit();
    // A role that is also a word for an unnamed source ("author", "professor") heads as one.
    const civilian = head?.table === 'anonymous' && roleHit !== undefined && roleHit.at === head.at;
    if (head?.table !== 'roles' && !civilian) return null;
    const role = civilian ? roleHit : head;
    if (!role) return null;
    const { ctx, text } = a;
    // "kata Kapolsek": in a language with no article, the role alone points back.
    const bare =
      ctx.pack.data.bareRolesPointBack &&
      role.at === a.span.start &&
      role.at + role.len === a.span.end;
    if (a.pointing() || bare) {
      const roleWords = tokensText(ctx, role.at, role.at + role.len).toLowerCase();
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
    return civilian ? null : a.found('unnamed_official', 'role-head', { role: text });
  },
};
