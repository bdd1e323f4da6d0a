/**
 * "Both sides said", "the two sides agreed", "each side blamed the other": the parties to a
 * conflict or a negotiation the article named before speak as the institutions they are.
 * Governments, armies and ministries are official bodies; a firm and its union, say, are
 * organizations: the last institution named tells which. No name, and no one referent: the
 * words stand for two at once. "The Chinese side said": a nation's party, that state's.
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
    // "The Chinese side said": a nation's word before the side names that state's party.
    const nation = lowers[lowers.length - 2] ?? '';
    const national = pack.demonyms.has(nation) || pack.nationalityAdjectives.has(nation);
    const openers = lowers.slice(0, national ? -2 : -1);
    if (national && openers.length > 0 && openers.every((w) => pack.sideOpeners.has(w)))
      return a.found('official_body', 'party-sides/national');
    if (!lowers.slice(0, -1).every((w) => pack.sideOpeners.has(w))) return null;
    // "the side" alone is no party ("the side of the road"): a count or a pairing is.
    if (lowers.every((w) => pack.anaphoricMarkers.has(w) || w === noun.lower)) return null;
    const kind = referents.lastThing()?.kind === 'organization' ? 'organization' : 'official_body';
    return a.found(kind, 'party-sides');
  },
};
