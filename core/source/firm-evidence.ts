/**
 * "Baxter Dunmore, the investment bank, said": in a language whose modifiers stand before
 * the noun (English), a name set off by a comma and described by "the" or "a" and an
 * organization's word closing the description is that organization's name. Read by the
 * article's name evidence (evidence.ts), so the name alone later ("Baxter Dunmore said") is
 * the firm, not a person.
 */
import type { CompiledPack } from '../lang/compile';
import type { Token } from '../text';

/** Lower-case words a description may hold before its organization's word. */
const MAX_DESCRIPTION_WORDS = 3;

/** Is tokens[end + 1] the comma opening such a description of the name ending at `end`? */
export function firmDescribedAfter(
  pack: CompiledPack,
  tokens: readonly Token[],
  end: number,
): boolean {
  if (pack.data.adjectivesAfterNoun || tokens[end + 1]?.text !== ',') return false;
  const article = tokens[end + 2];
  if (article?.type !== 'word' || !pack.roleArticles.has(article.lower)) return false;
  for (let k = end + 3; k <= end + 3 + MAX_DESCRIPTION_WORDS; k++) {
    const t = tokens[k];
    // "a nurse at the clinic": a small word ends the description's head before the firm.
    if (t?.type !== 'word' || t.cap || pack.stopwords.has(t.lower)) return false;
    if (pack.organizations.has(t.base)) {
      const after = tokens[k + 1];
      return after === undefined || after.type !== 'word';
    }
  }
  return false;
}

/**
 * "Shares of Harlow Dynamics fell", "Harlow Dynamics' shares": where the owner is written
 * before what it has (English), what only a firm has (firmPossessions) after the name's
 * possessive, or before "of" and the name running from `start` to `end`, makes it a firm.
 * Not a bare name before the noun: "Ada Vale shares her view" is a verb.
 */
export function firmPossessionAround(
  pack: CompiledPack,
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  if (pack.data.adjectivesAfterNoun) return false;
  const last = tokens[end];
  const owned = last !== undefined && last.base !== last.lower;
  if (owned && pack.firmPossessions.matchAt(tokens, end + 1) > 0) return true;
  const link = tokens[start - 1];
  if (link?.type !== 'word' || !pack.employerLinks.has(link.lower)) return false;
  for (let k = Math.max(0, start - 3); k < start - 1; k++)
    if (pack.firmPossessions.matchAt(tokens, k, start - 1) === start - 1 - k) return true;
  return false;
}

/**
 * "Lumina merupakan perusahaan rintisan", "penegasan Lumina sebagai perusahaan lokal": the
 * name ending at `end`, then a word saying what it is (identityCopulas), then an
 * organization's word, after "salah satu" or another determiner if any, makes it that
 * organization. Not a role ("Rina sebagai direktur"): roles are no organization's words.
 */
export function firmNamedAfter(pack: CompiledPack, tokens: readonly Token[], end: number): boolean {
  const copula = tokens[end + 1];
  if (copula?.type !== 'word' || !pack.identityCopulas.has(copula.lower)) return false;
  const skip = pack.determiners.matchAt(tokens, end + 2);
  const noun = tokens[end + 2 + Math.max(skip, 0)];
  return noun?.type === 'word' && pack.organizations.has(noun.base);
}
