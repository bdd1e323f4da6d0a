/**
 * "The Harlow Bee said", "the Arden Stock Exchange said": the definite article, then only
 * capitalised words that no lexicon knows and no role - the name of a thing (a firm, a paper,
 * a league), not a person's, which takes no article. An organization, unless the article's
 * earlier words or the stages before this one say what it is.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** Tokens after the phrase in which a "he" or "she" tells of a person ("said he would"). */
const PRONOUN_WINDOW = 6;

export const articleName: Stage = {
  id: 'article-name',
  decide(a: Analysis) {
    const { tokens, pack } = a.ctx;
    const { start, end } = a.span;
    if (!pack.definiteDeterminers.has(tokens[start]?.lower ?? '')) return null;
    const words = tokens.slice(start + 1, end);
    if (words.length < 2 || !words.every((t) => t.type === 'word' && t.cap)) return null;
    if (a.roleHit() || a.hits().length > 0) return null;
    // "the Rev. Al Sharpton", "the Russian": an honorific or a nation's word is a person's.
    const personal = (base: string) =>
      pack.honorifics.has(base) || pack.demonyms.has(base) || pack.nationalityAdjectives.has(base);
    if (words.some((t) => personal(t.base))) return null;
    // "The Crown Prince said he ...": the article shows the words are a person's, or the
    // words right after them speak of a person.
    const { people } = a.ctx.referents.evidence;
    if (words.some((t) => people.has(t.lower))) return null;
    const ahead = tokens.slice(end, end + PRONOUN_WINDOW);
    if (ahead.some((t) => t.type === 'word' && pack.personPronouns.has(t.lower))) return null;
    // "the pushers of The Big Lie say": after "of" the name is what the speakers are of;
    // "my friend, The Angry Drunk": after a person's word and a comma, a nickname.
    const before = tokens[start - 1];
    if (before?.type === 'word' && pack.claimNounLinks.has(before.lower)) return null;
    if (
      before?.text === ',' &&
      a.ctx.pack.anonymous.find(tokens, Math.max(0, start - 4), start - 1)
    )
      return null;
    return a.found('organization', 'article-name');
  },
};
