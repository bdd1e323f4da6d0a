/**
 * "Erdogan, the Turkish president, flew to Ankara", "Vale, Norland's foreign minister,": in a
 * language whose modifiers stand before the noun (English), a name set off by a comma and
 * described by "the" or "a" (or a possessive) and a role closing the description is a
 * person's. Read by the article's name evidence (evidence.ts), so the name alone elsewhere
 * ("Erdogan said") is that person, not a firm. The mirror of firm-evidence.ts.
 */
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';

/** Words a description may hold before its role ("the former Turkish"). */
const MAX_DESCRIPTION_WORDS = 3;

/** Does the role at tokens[k] close the description: a comma, a sentence's end or a small
 * word ("of", "for") after it, not more of a noun ("the president's office")? */
function closesAt(pack: CompiledPack, tokens: readonly Token[], k: number, len: number): boolean {
  const last = tokens[k + len - 1];
  if (last === undefined || last.base !== last.lower) return false;
  const after = tokens[k + len];
  return after === undefined || after.type !== 'word' || pack.stopwords.has(after.lower);
}

/** Is tokens[end + 1] the comma opening such a description of the name ending at `end`? */
export function roleDescribedAfter(
  pack: CompiledPack,
  tokens: readonly Token[],
  end: number,
): boolean {
  if (pack.data.adjectivesAfterNoun || tokens[end + 1]?.text !== ',') return false;
  const opener = tokens[end + 2];
  if (opener?.type !== 'word') return false;
  // "the Turkish president", or a country's possessive: "Norland's foreign minister".
  const owner = opener.cap && opener.base !== opener.lower;
  if (!owner && !pack.roleArticles.has(opener.lower)) return false;
  for (let k = end + 3; k <= end + 3 + MAX_DESCRIPTION_WORDS; k++) {
    const t = tokens[k];
    if (t?.type !== 'word' || pack.organizations.has(t.base)) return false;
    const len = pack.roles.matchAt(tokens, k);
    if (len > 0) return closesAt(pack, tokens, k, len);
    // "the firm led by ...": a small word ends the description before any role.
    if (pack.stopwords.has(t.lower)) return false;
  }
  return false;
}
