/**
 * "Keputusan tersebut memastikan ...", "Pengunjung itu mengaku ...": the sentence's first
 * word, capitalised only because it opens the sentence, then a pointing word and nothing
 * else. A name is not followed by "itu"/"tersebut"; a common noun is. A noun for people by
 * its form is an unnamed person; any other noun is a thing, no source at all. (Nouns a
 * lexicon knows, "Warga itu", "Pejabat itu", are decided by the lexicon-head stage.)
 */
import type { Analysis } from '../analysis';
import { isPersonNoun } from './common-noun';
import { NOT_A_SOURCE, type Stage } from './types';

export const pointingNoun: Stage = {
  id: 'pointing-noun',
  decide(a: Analysis) {
    const { ctx, span } = a;
    const { pack, tokens } = ctx;
    const first = tokens[span.start];
    if (!first || first.type !== 'word' || !first.cap || a.hits().length > 0) return null;
    // The sentence's first word: only punctuation or openers ("Namun") before it.
    for (let i = 0; i < span.start; i++) {
      const t = tokens[i];
      if (t?.type === 'word' && !pack.openers.has(t.lower)) return null;
    }
    // "Budi itu" after "Budi Santoso": a name the article introduced stays a name.
    if (a.person()?.earlier) return null;
    const rest = tokens.slice(span.start + 1, span.end);
    if (rest.length === 0 || !rest.every((t) => pack.anaphoricMarkers.has(t.lower))) return null;
    return isPersonNoun(pack.data, first.lower)
      ? a.found('anonymous', 'pointing-noun')
      : NOT_A_SOURCE;
  },
};
