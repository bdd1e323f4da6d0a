/** "The reporter added" after "SANA reporter said", "the correspondent" after "a Reuters
 * correspondent said": a pointing word and the one word an outlet's reporter went by is that
 * outlet's reporter again - the outlet's kind and name, not an unnamed person or official. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const outletStaff: Stage = {
  id: 'outlet-staff',
  decide(a: Analysis) {
    const { ctx, words, lowers } = a;
    if (words.length !== 2 || !ctx.pack.anaphoricMarkers.has(lowers[0] as string)) return null;
    const word = words[1];
    if (word?.type !== 'word' || word.cap || a.mention()) return null;
    const earlier = ctx.referents.byWords([word.text]);
    if (!earlier?.outlet || (earlier.kind !== 'media' && earlier.kind !== 'state_media'))
      return null;
    // Only a word for a person: the outlet's own name ("the agency") is stage outlet's.
    if (!ctx.pack.roles.has(word.lower) && !ctx.pack.anonymous.has(word.lower)) return null;
    return a.found(earlier.kind, 'outlet-staff', {
      outlet: earlier.outlet,
      resolvesTo: earlier.text,
    });
  },
};
