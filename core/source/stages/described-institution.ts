/**
 * "Amaq, a news agency close to the militants, said", "Harbinger, a company based in Vell,
 * said": a name, a comma, then an article and a noun for an outlet, a company or a body. The
 * appositive says what the name is: the noun's kind, not a person's name. A role anywhere in
 * it ("Jane Doe, a ministry spokeswoman") leaves the phrase to the person stages.
 */
import type { Analysis } from '../analysis';
import { KIND_OF, type Table } from '../lexicon';
import { isBareName } from '../names';
import { personNounAt } from '../person-noun';
import type { Stage } from './types';

const INSTITUTIONS: ReadonlySet<Table> = new Set(['media', 'organizations', 'bodies']);

/** Describing words between the article and the noun ("a small news agency"). */
const MAX_MODIFIERS = 2;

export const describedInstitution: Stage = {
  id: 'described-institution',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const { tokens, pack } = ctx;
    let comma = span.start + 1;
    while (comma < span.end && tokens[comma]?.text !== ',') comma++;
    if (comma >= span.end || !isBareName(ctx, { start: span.start, end: comma })) return null;
    if (!pack.roleArticles.has(tokens[comma + 1]?.lower ?? '')) return null;
    const hits = a.hits().filter((h) => h.at > comma);
    if (hits.some((h) => h.table === 'roles') || a.roleHit()) return null;
    const first = hits[0];
    if (!first || !INSTITUTIONS.has(first.table) || first.at - (comma + 2) > MAX_MODIFIERS)
      return null;
    for (let k = comma + 2; k < first.at; k++) if (tokens[k]?.cap) return null;
    // "Vic Lam, a software developer who lost his job": the institution's word modifies a
    // noun for a person, and a relative for people says which ("a chip designer" alone may
    // be a firm).
    const after = first.at + first.len;
    const who = (k: number) => k > after && pack.relativePronouns.has(tokens[k]?.lower ?? '');
    if (personNounAt(ctx, after) && tokens.some((_, k) => k < span.end && who(k))) return null;
    const kind = KIND_OF[first.table];
    return kind ? a.found(kind, 'described-institution') : null;
  },
};
