/**
 * A capitalised name in the plural is a group's (a movement, a people), never a person's,
 * when written after the definite article ("the Zorvans", which English never puts before a
 * person's name) or after a word saying who backs it ("Valdo-allied Zorvans"). So "the
 * Zorvans said" is not the person an earlier mention was read as; with no lexicon word or
 * outlet in it, it is an organization.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** "Valdo-allied", "Valdo-backed": a name, a hyphen, then a lower-case word. */
const BACKED = /^\p{Lu}[\p{L}.]*-\p{Ll}+$/u;

export const groupName: Stage = {
  id: 'group-name',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || a.words.length !== 2) return null;
    const [first, name] = a.words;
    if (!first || !name?.cap) return null;
    const { pack } = a.ctx;
    if (!pack.data.rolePluralEndings.some((e) => name.lower.endsWith(e))) return null;
    // After "the", only where the name was taken for a person met before; else lone-name.
    const article =
      pack.definiteDeterminers.has(first.lower) && person.earlier?.kind === 'named_person';
    if (!article && !BACKED.test(first.text)) return null;
    if (a.hits().length > 0 || a.mention()) return null;
    return a.found('organization', 'group-name');
  },
};
