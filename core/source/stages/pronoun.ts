/** "he", "dia", "they", "it": a pronoun stands for the fitting referent named before it. */
import { base } from '../../lang/compile';
import type { Token } from '../../text';
import type { Referent } from '../../referents';
import type { SourceKind } from '../../report';
import type { Analysis } from '../analysis';
import { plainSource, type FoundSource } from '../types';
import type { Stage } from './types';

/** A pronoun's source: the referent's kind and name, or the fallback kind when nothing came
 * before it. The basis is `stage/how` ("pronoun/recent-speaker") or `stage/unresolved`. */
export function resolvedSource(
  r: Referent | null,
  text: string,
  fallback: SourceKind,
  stage: string,
  how: string,
): FoundSource {
  if (!r)
    return plainSource(text, fallback, {
      reasons: ['pronoun_unresolved'],
      basis: `${stage}/unresolved`,
    });
  return {
    text,
    kind: r.kind,
    name: r.name,
    role: r.role,
    outlet: r.outlet,
    resolvesTo: r.name ?? r.text,
    reasons: ['pronoun_resolved'],
    basis: `${stage}/${how}`,
  };
}

/** Two capitalised words joined by a coordinator: "Fajar Alfian dan Rian Ardianto". */
function namesJoined(text: string, coordinators: { has(word: string): boolean }): boolean {
  const words = text.replace(/,/g, ' ').split(/\s+/);
  return words.some(
    (w, i) =>
      i > 0 &&
      coordinators.has(w.toLowerCase()) &&
      /^\p{Lu}/u.test(words[i - 1] ?? '') &&
      /^\p{Lu}/u.test(words[i + 1] ?? ''),
  );
}

/** "Fajar/Rian", "Kim/Astrup": two names joined by a slash, as doubles partners are written
 * (an acronym pair such as "ATR/BPN" has no lower-case letters). */
const SLASH_PAIR = /(?<![\p{L}\d/])\p{Lu}\p{Ll}+\/\p{Lu}\p{Ll}+(?![\p{L}\d/])/u;

/** A pair named in the sentence before ("... membuat Fajar/Rian kecewa. Mereka mengakui"). */
function slashPairBefore(previous: string | null): Referent | null {
  const pair = previous?.match(SLASH_PAIR)?.[0];
  return pair ? { text: pair, kind: 'named_person', name: pair, role: null, outlet: null } : null;
}

export const pronoun: Stage = {
  id: 'pronoun',
  decide(a: Analysis) {
    if (a.words.length !== 1) return null;
    const { pack, referents, index } = a.ctx;
    const w = a.lowers[0] as string;
    // "She's said that ...": "has" contracted onto the pronoun.
    if (pack.personPronouns.has(w) || pack.personPronouns.has(base(a.words[0] as Token))) {
      const found = referents.lastPersonBy(index, true);
      return resolvedSource(
        found?.referent ?? null,
        a.text,
        'named_person',
        'pronoun',
        found?.by ?? '',
      );
    }
    if (!pack.groupPronouns.has(w)) return null;
    // "it" is an institution or a document; "they" any group, people included.
    if (pack.thingPronouns.has(w))
      return resolvedSource(referents.lastThing(), a.text, 'organization', 'pronoun', 'last-thing');
    // "Fajar dan Rian mengakui ... Mereka menambahkan": named people joined as the last speaker
    // are the group, unless a group spoke after them.
    const group = referents.lastGroup();
    const pair = referents.lastPersonBy(index, true)?.referent;
    if (
      pair &&
      namesJoined(pair.text, pack.coordinators) &&
      (pair.sentence ?? -1) >= (group?.sentence ?? -1)
    )
      return {
        ...resolvedSource(pair, a.text, 'named_person', 'pronoun', 'named-pair'),
        resolvesTo: pair.text,
      };
    // "Kekalahan itu membuat Fajar/Rian kecewa. Mereka mengakui ...": a pair of partners
    // named in the sentence before, when no group was.
    const slash = slashPairBefore(a.ctx.previous);
    if (slash && (group?.sentence ?? -1) < index - 1)
      return resolvedSource(slash, a.text, 'named_person', 'pronoun', 'named-pair');
    return resolvedSource(group, a.text, 'anonymous', 'pronoun', 'last-group');
  },
};
