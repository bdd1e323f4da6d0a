/** "Mantan Direktur Pelaksana Bank Dunia itu", "the former minister", "sang kades": a role
 * closed by a pointing word, or opened by a pointing article, describes the person named
 * before. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

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
    const found = ctx.referents.lastPersonBy(ctx.index);
    if (!found) return null;
    const r = found.referent;
    return a.found('named_person', `pointing-role/${found.by}`, {
      name: r.name,
      role: r.role ?? null,
      resolvesTo: r.name,
    });
  },
};
