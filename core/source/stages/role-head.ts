/** "a spokesman", "the minister", "Kepala Dinas": a role with no name. Pointing back ("the
 * minister", "the professor") it is the person given that role before; otherwise an unnamed
 * official, or an unnamed source when the role is no office ("the lead author", left to
 * lexicon-head, whose unnamed-source table lists it too). */
import type { Analysis } from '../analysis';
import { roleFits } from '../role-fit';
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
    if (pointsAt(a, role.at) || bare) {
      const fits = (earlier: string | null) => roleFits(ctx, a.span, role, earlier);
      const last = ctx.referents.lastPersonBy(ctx.index);
      // The last person holds another office: an earlier one may hold this one.
      const found =
        last && fits(last.referent.role) ? last : ctx.referents.lastPersonWithRole(ctx.index, fits);
      const r = found?.referent;
      if (found && r) {
        return a.found('named_person', `role-head/${found.by}`, {
          name: r.name,
          role: r.role ?? text,
          resolvesTo: r.name,
        });
      }
    }
    if (civilian) return null;
    // "Menteri Perikanan, , mengatakan": an office title whose holder's name is missing from
    // the copy (a scraper dropped the linked name) still stands for that one person.
    if (nameGapAfter(a, role.at))
      return a.found('named_person', 'role-head/name-gap', { role: text });
    return a.found('unnamed_official', 'role-head', { role: text });
  },
};

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

/**
 * A pointing word of the role's own phrase: before the role where adjectives go before the
 * noun ("the defence minister"), anywhere where they follow it ("Menteri itu"). "The" inside
 * an appositive after the role ("leader of the group") points at the group, not back.
 */
function pointsAt(a: Analysis, roleAt: number): boolean {
  const { ctx, span } = a;
  if (!ctx.pack.data.adjectivesAfterNoun) {
    for (let i = span.start; i < roleAt; i++)
      if (ctx.pack.anaphoricMarkers.has(ctx.tokens[i]?.lower ?? '')) return true;
    return false;
  }
  return a.pointing();
}
