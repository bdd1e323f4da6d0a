/**
 * "Harlow United said", "Velby Athletic said": a name of two words or more closed by a word
 * only sports clubs' names end with (the pack's clubNameEnds) is the club's, an
 * organization, not a person's. A role before it ("coach Tom Vale") keeps the person.
 */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const clubName: Stage = {
  id: 'club-name',
  decide(a: Analysis) {
    const person = a.person();
    if (!person || a.roleHit()) return null;
    // Capitalised words only, the last one a club's: "Harlow United", "Harlow United FC";
    // not "Harlow United's coach" nor "coach Tom Vale".
    const { pack } = a.ctx;
    const opener = a.words[0]?.lower ?? '';
    const words = pack.definiteDeterminers.has(opener) ? a.words.slice(1) : a.words;
    const last = words[words.length - 1];
    if (words.length < 2 || !words.every((w) => w.cap) || !last) return null;
    if (!pack.clubNameEnds.has(last.lower)) return null;
    return a.found('organization', 'club-name');
  },
};
