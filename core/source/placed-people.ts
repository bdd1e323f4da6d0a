/**
 * People named as such and placed somewhere ("someone at the embassy", "people in the party",
 * "a person at the ministry"): placed in a government body they are its unnamed officials,
 * elsewhere unnamed people. Read by the lexicon-head stage.
 */
import type { Analysis } from './analysis';

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

/** "Advisers to the president": people who serve whoever they are tied to, the word after
 * the head tying them to an office (a role or an official's word follows). */
export function servingOffice(a: Analysis, at: number, len: number): boolean {
  const { tokens, pack } = a.ctx;
  if (pack.officeServants.matchAt(tokens, at, at + len) !== len) return false;
  if (!pack.principalLinks.has(tokens[at + len]?.lower ?? '')) return false;
  return a
    .hits()
    .some((h) => h.at > at + len && (h.table === 'roles' || h.table === 'unnamedOfficials'));
}
