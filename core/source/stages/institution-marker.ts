/** "Pihak PLN", "pihak Pertamina": a word of the pack saying that what follows is a party to
 * the story as an institution, before a name; the name is the institution's, not a person's.
 * An office among the words keeps its kind ("Pihak Polres Bogor" is an official body). Before
 * a common noun no lexicon knows ("pihak bandara") the side is an organization's. */
import type { Analysis } from '../analysis';
import type { Stage } from './types';

export const institutionMarker: Stage = {
  id: 'institution-marker',
  decide(a: Analysis) {
    const [first, next] = a.words;
    if (!first || !next || !a.ctx.pack.institutionMarkers.has(first.lower)) return null;
    // "Pihak bandara menyebut": a common noun no lexicon knows, the side of some place of
    // business (a lexicon word decides itself: "pihak keluarga", "pihak desa").
    if (!next.cap)
      return a.hits().length === 0
        ? a.found('organization', 'institution-marker/common-noun')
        : null;
    if (a.hits().some((h) => h.table === 'bodies')) return null;
    return a.found('organization', 'institution-marker');
  },
};
