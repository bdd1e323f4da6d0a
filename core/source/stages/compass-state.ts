/**
 * "The North said", "the South's claim that ...": a point of the compass, capitalised right
 * after "the", stands for a state of a divided land (or a bloc of states), which speaks as a
 * government. It is no person's surname nor a firm's name, whatever else the article
 * writes with the word ("North Korean leader Kim Jong Un").
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const compassState: Stage = {
  id: 'compass-state',
  decide(a: Analysis) {
    const { tokens, pack, referents } = a.ctx;
    const { start, end } = a.span;
    const article = tokens[start];
    const word = tokens[start + 1];
    if (end - start !== 2 || !article || !word || !pack.anaphoricMarkers.has(article.lower))
      return null;
    if (word.type !== 'word' || !word.cap || !pack.compassStates.has(word.base)) return null;
    // "The North" after "North Korea said": the state named before, when there is one.
    const named = referents.byWords([word.base]);
    const state = named?.kind === 'official_body' ? (named.name ?? named.text) : null;
    return a.found('official_body', 'compass-state', { resolvesTo: state });
  },
};
