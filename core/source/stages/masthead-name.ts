/**
 * "The Times reported", "according to the Daily Courier": an article and capitalised words
 * closed by a word of the pack that ends newspapers' and broadcasters' names. The outlet is
 * a news medium even when the registry does not know it (the registry, asked first, still
 * decides whether a known outlet is state media). With no article the last word must be one
 * that never ends a person's name ("Harlow Gazette reported").
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

/** "Times-Union", "Post-Gazette": a joined last word, one of whose parts ends mastheads. */
function joinedMasthead(words: { has(word: string): boolean }, lower: string): boolean {
  return words.has(lower) || (lower.includes('-') && lower.split('-').some((p) => words.has(p)));
}

export const mastheadName: Stage = {
  id: 'masthead-name',
  decide(a: Analysis) {
    const [first, ...rest] = a.words;
    const last = rest[rest.length - 1];
    if (!first || !last) return null;
    const { pack } = a.ctx;
    if (pack.determiners.has(first.lower)) {
      if (!rest.every((w) => w.cap) || !joinedMasthead(pack.mastheads, last.lower)) return null;
      return a.found('media', 'masthead-name');
    }
    // "Harlow Gazette reported": with no article, only a word that ends no person's name.
    if (!first.cap || !rest.every((w) => w.cap) || !pack.bareMastheads.has(last.lower)) return null;
    // "Syrian TV said": a nation's word and a medium's name no outlet; the state stages and
    // the article's earlier words decide what it is.
    if (
      rest.length === 1 &&
      (pack.demonyms.has(first.base) || pack.nationalityAdjectives.has(first.base))
    )
      return null;
    return a.found('media', 'masthead-name/bare');
  },
};
