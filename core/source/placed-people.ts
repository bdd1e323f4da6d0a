/**
 * People named as such and placed somewhere ("someone at the embassy", "people in the party",
 * "a person at the ministry"): placed in a government body they are its unnamed officials,
 * elsewhere unnamed people. Read by the lexicon-head stage.
 */
import type { Analysis } from './analysis';
import { isPersonNoun } from './stages/common-noun';

/** The span opens with words for people as such right before a locative: a vague group or
 * quantifier ("someone at", "some in"), or one person ("a person at"). */
export function placedPeople(a: Analysis): boolean {
  const { pack } = a.ctx;
  const { lowers, words } = a;
  const opener = lowers[0] ?? '';
  if (
    words.length > 2 &&
    (pack.vagueQuantifiers.has(opener) || pack.vagueGroups.has(opener)) &&
    pack.locatives.has(lowers[1] ?? '')
  )
    return true;
  return (
    words.length > 3 &&
    pack.singularDeterminers.has(opener) &&
    pack.onePersonNouns.has(lowers[1] ?? '') &&
    pack.locatives.has(lowers[2] ?? '')
  );
}

/** "His advisers", "the senator's top advisers", "Quillon advisers": people serving someone
 * the words right before them own (a possessive or a name, ranks between) are that one's
 * staff, unnamed officials, as a firm's officers are; "financial advisers" are anyone's. */
function ownedServants(a: Analysis, at: number): boolean {
  const { tokens, pack, referents } = a.ctx;
  let k = at - 1;
  while (k > a.span.start && pack.modifiers.has(tokens[k]?.lower ?? '')) k--;
  const owner = tokens[k];
  if (k < a.span.start || owner?.type !== 'word') return false;
  if (pack.possessives.has(owner.lower) || owner.base !== owner.lower) return true;
  if (!owner.cap || pack.stopwords.has(owner.lower)) return false;
  // A capital opening the sentence ("Campaign advisers said") is a name only if one was seen.
  return k > 0 || referents.byWords([owner.text])?.kind === 'named_person';
}

/** "Advisers to the president": people who serve whoever they are tied to, the word after
 * the head tying them to an office (a role or an official's word follows). */
export function servingOffice(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.officeServants.matchAt(tokens, at, at + len) !== len) return false;
  if (ownedServants(a, at)) return true;
  if (!pack.principalLinks.has(tokens[at + len]?.lower ?? '')) return false;
  return a
    .hits()
    .some((h) => h.at > at + len && (h.table === 'roles' || h.table === 'unnamedOfficials'));
}

/** "A Pentagon planner", "one Kremlin watcher": one person (a singular determiner opens the
 * span) named by a noun for people by its ending, in no lexicon, right after the body's word
 * at `after` - 1 and closing the span: one of the body's people, not the body. An unnamed
 * official, or an unnamed person where the noun's plural is listed as unnamed people
 * ("a government supporter", as "government supporters" are); null when none of these. */
export function oneOfBodysPeople(
  a: Analysis,
  after: number,
): 'unnamed_official' | 'anonymous' | null {
  const { tokens, pack } = a.ctx;
  // Past an abbreviation's dot: "a U.N. planner".
  while (tokens[after]?.text === '.' && after < a.span.end - 1) after++;
  const last = tokens[after];
  // Where modifiers follow the noun, a body's word qualifies none after it.
  if (pack.data.adjectivesAfterNoun) return null;
  if (after !== a.span.end - 1 || !last || last.cap || last.type !== 'word') return null;
  if (!pack.singularDeterminers.has(a.lowers[0] ?? '') || pack.stopwords.has(last.lower))
    return null;
  if (a.hits().some((h) => h.at <= after && h.at + h.len > after)) return null;
  if (!isPersonNoun(pack.data, last.lower)) return null;
  const plural = (ending: string) => pack.anonymous.has(last.lower + ending);
  return pack.data.rolePluralEndings.some(plural) ? 'anonymous' : 'unnamed_official';
}
