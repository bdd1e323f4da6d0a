/**
 * "the singer said", "says the 45-year-old", "the Oscar winner told ...": in feature copy a
 * definite description of a person by a trade of public life, an age or the children they
 * have ("the mother of two") points back to the person the article has been about. With a
 * named person before it, it is that person; with none, the later stages decide (an unnamed
 * source).
 */
import type { Analysis } from '../analysis';
import type { Token } from '../../text';
import type { Stage } from './types';

/** Words of such a description: "the", up to two qualifiers, the noun. */
const MAX_WORDS = 4;
/** With an age or a count of children it may run longer: "the 45-year-old mother of two". */
const MAX_MARKED_WORDS = 6;
const LEADING_DIGIT = /^\d/u;

export const describedPerson: Stage = {
  id: 'described-person',
  decide(a: Analysis) {
    const { ctx, words, span } = a;
    const { pack } = ctx;
    if (words.length < 2 || words.length > MAX_MARKED_WORDS) return null;
    if (words.length !== span.end - span.start) return null;
    if (!pack.definiteDeterminers.has(words[0]?.lower ?? '')) return null;
    const last = words[words.length - 1];
    if (!last || last.cap) return null;
    const aged = (w: Token) =>
      LEADING_DIGIT.test(w.lower) && pack.data.ageSuffixes.some((s) => w.lower.endsWith(`-${s}`));
    // "the mother of two": a parent counted by the children.
    const [kin, of, count] = words.slice(-3);
    const parent =
      pack.relationNouns.has(kin?.lower ?? '') &&
      pack.partitiveLinks.has(of?.lower ?? '') &&
      pack.numberWords.has(count?.lower ?? '');
    // "the 31-year-old striker": an age among the qualifiers marks any noun for a person.
    const marked = parent || words.slice(1).some(aged);
    if (!marked && (words.length > MAX_WORDS || !pack.personDescriptions.has(last.lower)))
      return null;
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
