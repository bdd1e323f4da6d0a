/**
 * "the Russian said", "the 34-year-old Brazilian told reporters": a noun for a person of a
 * nation after an article is a description, like "the official"; it points back to the
 * person the article has been quoting or naming (docs: a definite description takes the kind
 * of its referent). With nobody to point to it is an unnamed person. Only an article, an age
 * or lower-case words may come before the noun ("Russian President X" is a role and a name).
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Words before the noun: the article and at most two describing words. */
const MAX_WORDS = 4;

export const demonymPerson: Stage = {
  id: 'demonym-person',
  decide(a: Analysis) {
    const { ctx, words } = a;
    const { pack } = ctx;
    const last = words[words.length - 1];
    const demonym = pack.demonyms.has(a.lastWord) || pack.regionDemonyms.has(a.lastWord);
    if (!last?.cap || !demonym || words.length > MAX_WORDS) return null;
    const first = words[0]?.lower ?? '';
    if (words.length < 2 || !pack.roleArticles.has(first)) return null;
    if (words.slice(1, -1).some((w) => w.cap)) return null;
    if (pack.singularDeterminers.has(first)) return a.found('anonymous', 'demonym-person');
    // The person named just before, even in passing, is who a description of them follows.
    const near = ctx.referents.namedJustBefore(ctx.index);
    const found = near
      ? { referent: near, by: 'named-just-before' }
      : ctx.referents.lastPersonBy(ctx.index);
    if (!found) return a.found('anonymous', 'demonym-person');
    const r = found.referent;
    // A name noted in passing may keep its possessive ("Andrei Safronov's hobby").
    const name = r.name?.endsWith("'s") ? r.name.slice(0, -2) : r.name;
    return a.found('named_person', `demonym-person/${found.by}`, {
      name,
      role: r.role ?? null,
      resolvesTo: name,
    });
  },
};
