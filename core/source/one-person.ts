/**
 * An unnamed source written as one known person: "the witness", "his spokesman", "Acme's
 * spokeswoman". A later "he said" points back to that person, as after "a witness"; a plural
 * head ("the officials", "Acme's sources") is a group and stays one.
 */
import type { CompiledPack } from '../lang/compile';

/** Words of the phrase, opener and head included: "the senior State Department official"
 * (a body's name of two words before the head) at most. */
const MAX_WORDS = 5;

/** The word is a listed person noun (a role, an unnamed official, an unnamed person). */
function personNoun(pack: CompiledPack, word: string): boolean {
  return pack.roles.has(word) || pack.unnamedOfficials.has(word) || pack.anonymous.has(word);
}

/** The word is a listed person noun and not the plural of one ("officials", "sources"). */
function singularPerson(pack: CompiledPack, word: string): boolean {
  if (!personNoun(pack, word)) return false;
  return !pack.data.rolePluralEndings.some(
    (e) => word.endsWith(e) && personNoun(pack, word.slice(0, -e.length)),
  );
}

function genitive(pack: CompiledPack, word: string): boolean {
  return pack.data.genitiveEndings.some((e) => word.length > e.length && word.endsWith(e));
}

/** "the witness", "his spokesman", "Acme's spokeswoman", "the company's spokesman", also
 * with a relative clause after it ("the official, who asked not to be named"). */
export function definiteOnePerson(pack: CompiledPack, text: string): boolean {
  // A typographic apostrophe is the plain one the pack writes ("Acme’s").
  const all = text.toLowerCase().replace(/’/gu, "'").split(/\s+/u);
  // "the official, who asked not to be named", "the aide who leads the talks": the phrase
  // before a relative clause about the person.
  const relative = all.findIndex((w, i) => i > 0 && pack.relativePronouns.has(w));
  const words = relative > 0 ? all.slice(0, relative) : all;
  const head = words[words.length - 1] ?? '';
  if (relative > 0 && head.endsWith(',')) words[words.length - 1] = head.slice(0, -1);
  if (words.length < 2 || words.length > MAX_WORDS) return false;
  const first = words[0] as string;
  let start = 1;
  if (pack.definiteDeterminers.has(first)) {
    // "the company's spokesman": the owner sits between the article and the head.
    if (genitive(pack, words[1] as string)) start = 2;
  } else if (!pack.possessives.has(first) && !genitive(pack, first)) return false;
  const rest = words.slice(start);
  // Only plain words after the opener: a name or a clause ("the official, who ...") is not this.
  if (rest.length === 0 || rest.some((w) => !/^\p{Ll}[\p{Ll}-]*$/u.test(w))) return false;
  return singularPerson(pack, rest[rest.length - 1] as string);
}

/** An unnamed source that is one person: "a senior official", "Seorang warga", and in a
 * language with no plural mark any source not quantified ("Sumber ... menyebutkan"). A
 * resolved pronoun is no new antecedent. */
export function singleUnnamed(pack: CompiledPack, text: string): boolean {
  if (markedSingle(pack, text)) return true;
  const first = text.split(' ', 1)[0]?.toLowerCase() ?? '';
  return (
    pack.data.numberless &&
    !pack.determiners.has(first) &&
    !pack.personPronouns.has(first) &&
    !pack.groupPronouns.has(first)
  );
}

/** A source phrase opened by a word for one ("a senior official", "seorang pejabat", "salah
 * satu warga"): one person in any language, with or without plural marks. */
export function markedSingle(pack: CompiledPack, text: string): boolean {
  const two = text.split(' ', 2).join(' ').toLowerCase();
  const first = two.split(' ', 1)[0] ?? '';
  return pack.singularDeterminers.has(first) || pack.singularDeterminers.has(two);
}
