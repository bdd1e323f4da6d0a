/**
 * "An aide to the president said", "Aides to Governor Roe said", "visitors to the park say":
 * the phrase found before the verb is the one served or visited; the speaker is the role or
 * the people before "to".
 */
import type { SentenceContext } from '../context';
import { collectLeft } from './collect';

/** The start of the speaker's phrase when the phrase at `start` follows "to" after a role or
 * an unnamed source's noun; else `start`. */
export function roleToWhom(ctx: SentenceContext, start: number): number {
  const { tokens, pack } = ctx;
  const to = start - 1;
  if (to < 1 || ctx.quoted[to] || !pack.addressees.has(tokens[to]?.lower ?? '')) return start;
  const roleAt = to - 1;
  const noun = tokens[roleAt];
  // A capital only where the sentence opens ("Aides to the governor said").
  if (!noun || (noun.cap && roleAt > 0)) return start;
  const role = pack.roles.matchAt(tokens, roleAt, to) === 1 && !noun.cap;
  // "aides", "advisers", "visitors": the unnamed sources' own nouns need no article ("Senior
  // aides to", "Two advisers to"), where the word ties them to whom they serve.
  const people =
    pack.principalLinks.has(tokens[to]?.lower ?? '') &&
    (pack.unnamedOfficials.matchAt(tokens, roleAt, to) === 1 ||
      pack.anonymous.matchAt(tokens, roleAt, to) === 1);
  // "A letter to the minister said": a document sent to someone speaks, not its addressee.
  const sent =
    pack.addressees.has(tokens[to]?.lower ?? '') &&
    pack.documents.matchAt(tokens, roleAt, to) === 1;
  if (!role && !people && !sent) return start;
  let head = collectLeft(ctx, roleAt);
  if (head > 0 && pack.possessives.has(tokens[head - 1]?.lower ?? '')) head--;
  // "Russia's envoy to the U.N.", "the minister's envoy to the talks": an owner opens the
  // phrase as an article does.
  const first = tokens[head];
  const owner =
    !!first && head < roleAt && (first.base !== first.lower || pack.possessives.has(first.lower));
  return people || owner || pack.determiners.has(first?.lower ?? '') ? head : start;
}
