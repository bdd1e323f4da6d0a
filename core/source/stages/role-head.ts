/** "a spokesman", "the minister", "Kepala Dinas": a role with no name. Pointing back ("the
 * minister", "the professor") it is the person given that role before; otherwise an unnamed
 * official, or an unnamed source when the role is no office ("the lead author", left to
 * lexicon-head, whose unnamed-source table lists it too). */
import type { Analysis } from '../analysis';
import type { Referent } from '../../referents';
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
    if (civilian) return null;
    // "Menteri Keuangan menambahkan" after "Menteri Keuangan Sri Wahyuni": an office written
    // out with its portfolio or place, no name, is the person given that office before.
    const holder = officeHolder(a, role.at);
    if (holder)
      return a.found('named_person', 'role-head/office-holder', {
        name: holder.name,
        role: holder.role ?? text,
        resolvesTo: holder.name,
      });
    // "Menteri Perikanan, , mengatakan": an office title whose holder's name is missing from
    // the copy (a scraper dropped the linked name) still stands for that one person.
    if (nameGapAfter(a, role.at))
      return a.found('named_person', 'role-head/name-gap', { role: text });
    return a.found('unnamed_official', 'role-head', { role: text });
  },
};

/** The person named before with the whole office the span writes ("Menteri Keuangan",
 * "Kalapas" after another speaker), when the span is that office only: in a language with no
 * article it points back. */
function officeHolder(a: Analysis, roleAt: number): Referent | null {
  const { ctx, span } = a;
  if (!ctx.pack.data.bareRolesPointBack || roleAt !== span.start || a.pointing()) return null;
  if (!ctx.tokens[roleAt]?.cap) return null;
  if (ctx.tokens.slice(span.start, span.end).some((t) => t.type !== 'word')) return null;
  return ctx.referents.lastHolderOf(tokensText(ctx, span.start, span.end).toLowerCase());
}

/**
 * The span opens with a capitalised office title (token `roleAt`) and is followed by an empty
 * name slot: a comma, then another comma or straight away a verb of saying. No writer puts a
 * comma between an office and its verb; one stands where the name was lost.
 */
function nameGapAfter(a: Analysis, roleAt: number): boolean {
  const { ctx, span } = a;
  const { tokens, pack } = ctx;
  if (roleAt !== span.start || !tokens[roleAt]?.cap || a.pointing()) return false;
  const comma = tokens[span.end];
  const next = tokens[span.end + 1];
  if (comma?.text !== ',' || ctx.quoted[span.end] || !next || ctx.quoted[span.end + 1])
    return false;
  if (next.text === ',') return true;
  return next.type === 'word' && !next.cap && pack.cueWords.has(next.lower);
}
