/** "Prime Minister Ana Silva and President Lars Berg met in Oslo. The two leaders said ...":
 * a count of people ("the two", "both") and a plural noun for people, right after a sentence
 * that named those people, is them together: named people, as "keduanya" is. Where
 * adjectives follow the noun, stage pointing-role reads "kedua pemimpin itu". */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Words of the longest such phrase: "the two senior leaders". */
const MAX_WORDS = 4;

/** A plural noun for people: a listed one, or the plural of a listed role ("leaders"). */
function peopleNoun(a: Analysis, at: number): boolean {
  const { pack, tokens } = a.ctx;
  const word = tokens[at]?.lower ?? '';
  const listed = (w: string) =>
    pack.roles.has(w) || pack.unnamedOfficials.has(w) || pack.anonymous.has(w);
  return pack.data.rolePluralEndings.some(
    (e) => word.endsWith(e) && (listed(word.slice(0, -e.length)) || listed(word)),
  );
}

export const pointingPair: Stage = {
  id: 'pointing-pair',
  decide(a: Analysis) {
    const { ctx, span, words, lowers } = a;
    const { pack, referents } = ctx;
    if (pack.data.adjectivesAfterNoun || words.length < 2 || words.length > MAX_WORDS) return null;
    // "Both leaders", "the two leaders".
    const counted = pack.partitiveCounts.has(lowers[0] as string)
      ? 1
      : pack.definiteDeterminers.has(lowers[0] as string) &&
          pack.numberWords.has(lowers[1] as string)
        ? 2
        : 0;
    if (counted === 0 || counted >= words.length) return null;
    if (words.slice(counted).some((w) => w.cap) || !peopleNoun(a, span.end - 1)) return null;
    const people = referents.personsIn(ctx.index - 1);
    if (people.length < 2) return null;
    const names = people.map((r) => r.name as string);
    const joiner = ` ${pack.data.coordinators[0] ?? ''} `;
    const name = `${names.slice(0, -1).join(', ')}${joiner}${names.at(-1) as string}`;
    return a.found('named_person', 'pointing-pair', { name, resolvesTo: name });
  },
};
