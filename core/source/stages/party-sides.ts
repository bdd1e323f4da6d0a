/**
 * "Both sides said", "the two sides agreed", "each side blamed the other": the parties to a
 * conflict or a negotiation the article named before speak as the institutions they are.
 * Governments, armies and ministries are official bodies; a firm and its union, say, are
 * organizations: the last institution named tells which. No name, and no one referent: the
 * words stand for two at once.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const partySides: Stage = {
  id: 'party-sides',
  decide(a: Analysis) {
    const { pack, referents } = a.ctx;
    const { words, lowers } = a;
    const noun = words[words.length - 1];
    if (!noun || noun.cap || !pack.sideNouns.has(noun.lower) || words.length < 2) return null;
    if (!lowers.slice(0, -1).every((w) => pack.sideOpeners.has(w))) return null;
    // "the side" alone is no party ("the side of the road"): a count or a pairing is.
    if (lowers.every((w) => pack.anaphoricMarkers.has(w) || w === noun.lower)) return null;
    const kind = referents.lastThing()?.kind === 'organization' ? 'organization' : 'official_body';
    return a.found(kind, 'party-sides');
  },
};
