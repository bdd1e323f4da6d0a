/**
 * "the singer said", "says the 45-year-old", "the Oscar winner told ...": in feature copy a
 * definite description of a person by a trade of public life or an age points back to the
 * person the article has been about. With a named person before it, it is that person; with
 * none, the later stages decide (an unnamed source).
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Words of such a description: "the", up to two qualifiers, the noun. */
const MAX_WORDS = 4;
const LEADING_DIGIT = /^\d/u;

export const describedPerson: Stage = {
  id: 'described-person',
  decide(a: Analysis) {
    const { ctx, words, span } = a;
    const { pack } = ctx;
    if (words.length < 2 || words.length > MAX_WORDS) return null;
    if (words.length !== span.end - span.start) return null;
    if (!pack.definiteDeterminers.has(words[0]?.lower ?? '')) return null;
    const last = words[words.length - 1];
    if (!last || last.cap) return null;
    const aged =
      LEADING_DIGIT.test(last.lower) &&
      pack.data.ageSuffixes.some((s) => last.lower.endsWith(`-${s}`));
    if (!aged && !pack.personDescriptions.has(last.lower)) return null;
    const found = ctx.referents.lastPersonBy(ctx.index);
    const r = found?.referent;
    if (!found || !r || r.kind !== 'named_person' || !r.name) return null;
    return a.found('named_person', `described-person/${found.by}`, {
      name: r.name,
      role: r.role ?? null,
      resolvesTo: r.name,
    });
  },
};
