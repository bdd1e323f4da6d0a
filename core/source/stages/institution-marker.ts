/** "Pihak PLN", "pihak Pertamina": a word of the pack saying that what follows is a party to
 * the story as an institution, before a name; the name is the institution's, not a person's.
 * An office among the words keeps its kind ("Pihak Polres Bogor" is an official body). Before
 * a common noun no lexicon knows ("pihak bandara") the side is an organization's; before a
 * country or a capital ("Pihak Beijing") its government's. */
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
    // "Pihak Beijing", "pihak Korea Selatan": the side of a country or a capital that speaks
    // as a government is that government.
    const { start, end } = a.span;
    const place = a
      .hits()
      .some((h) => h.table === 'places' && h.at === start + 1 && h.at + h.len === end);
    if (place) return a.found('official_body', 'institution-marker/place');
    return a.found('organization', 'institution-marker');
  },
};
