/** "Mantan Direktur Utama koperasi itu", "the former minister", "sang kades": a role
 * closed by a pointing word, or opened by a pointing article, describes the person named
 * before. */
import type { Analysis } from '../analysis';
import { roleFits } from '../role-fit';
import type { Stage } from './types';

/** "Juru bicara kementerian itu": a body's common noun between a staff role (one of the
 * unnamed officials' words) and the pointing word takes the pointing word, so the phrase is
 * one of that body's staff - a person named before only if their role fits (stage role-head
 * finds them). An epithet of its head ("orang nomor satu di kementerian itu") still points
 * back. */
function pointsAtBody(a: Analysis, roleAt: number, roleEnd: number): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.unnamedOfficials.matchAt(tokens, roleAt, roleEnd) !== roleEnd - roleAt) return false;
  const marker = a.span.end - 1;
  for (let k = roleEnd; k < marker; k++) {
    const t = tokens[k];
    if (t?.type === 'word' && !t.cap && k + pack.bodies.matchAt(tokens, k, marker) === marker)
      return true;
  }
  return false;
}

/** "Penasihat senator itu", "ajudan menteri tersebut": a second role right before the
 * pointing word takes it, so the phrase is that holder's staff, not the holder. */
function pointsAtPrincipal(a: Analysis, roleEnd: number): boolean {
  const { tokens, pack } = a.ctx;
  const marker = a.span.end - 1;
  for (let k = roleEnd; k < marker; k++)
    if (k + pack.roles.matchAt(tokens, k, marker) === marker) return true;
  return false;
}

export const pointingRole: Stage = {
  id: 'pointing-role',
  decide(a: Analysis) {
    const roleHit = a.roleHit();
    const { ctx, span } = a;
    // "Sang kades": the article points as "itu" does.
    const article = ctx.pack.pointingArticles.has(ctx.tokens[span.start]?.lower ?? '');
    if (
      !roleHit ||
      !(
        ctx.pack.anaphoricMarkers.has(a.lastWord) ||
        (article && roleHit.at === span.start + 1 && roleHit.at + roleHit.len === span.end)
      ) ||
      roleHit.at > span.start + 1
    )
      return null;
    // "Ajudan menteri tersebut": a staff word before the role makes the phrase the holder's
    // staff (stage role-head reads it).
    const staff = ctx.pack.unnamedOfficials.matchAt(ctx.tokens, span.start, roleHit.at);
    if (roleHit.at > span.start && staff === roleHit.at - span.start) return null;
    const last = ctx.referents.lastPersonBy(ctx.index);
    // "Menteri tersebut" after a minister and then a general named: the person whose role
    // fits, if one was named lately; else the last person ("Mantan Direktur ... itu").
    const fits = (role: string | null) => roleFits(ctx, span, roleHit, role);
    const found =
      last && !fits(last.referent.role ?? null)
        ? (ctx.referents.lastPersonWithRole(ctx.index, fits) ?? last)
        : last;
    if (!found) return null;
    const r = found.referent;
    if (
      (pointsAtBody(a, roleHit.at, roleHit.at + roleHit.len) ||
        pointsAtPrincipal(a, roleHit.at + roleHit.len)) &&
      !roleFits(ctx, span, roleHit, r.role ?? null)
    )
      return null;
    return a.found('named_person', `pointing-role/${found.by}`, {
      name: r.name,
      role: r.role ?? null,
      resolvesTo: r.name,
    });
  },
};
