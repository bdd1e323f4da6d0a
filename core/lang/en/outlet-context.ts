/**
 * English words around an outlet's name that say the name is an outlet: a name that is also
 * an ordinary word or something else counts as an outlet only next to them. Sorted.
 */

/** Phrases ending right before an outlet named as a source or a relay. */
export const outletCitingBefore = [
  'according to',
  'agency',
  // "footage aired (live) by CCTV": a participle of carrying, then its outlet (a camera airs
  // nothing).
  'aired by',
  'aired live by',
  'broadcast by',
  'broadcast live by',
  'broadcaster',
  'carried by',
  'carried live by',
  'channel',
  'cited by',
  'correspondent',
  'daily',
  'interview with',
  'interviewed by',
  'journal',
  'journalist',
  'media',
  'network',
  'news agency',
  'newspaper',
  'outlet',
  'photographer',
  'portal',
  'published in',
  'quoted by',
  'reported by',
  'reporter',
  'spoke to',
  'told',
] as const;

/** Phrases starting right after an outlet that is the subject of a report. */
export const outletCitingAfter = [
  'agency',
  'also reported',
  'broadcast',
  'earlier reported',
  'first reported',
  'found',
  'had reported',
  'has learned',
  'has reported',
  'learned',
  'news agency',
  'noted',
  'notes',
  'previously reported',
  'quoted',
  'reported',
  'reports',
  'reports that',
  'revealed',
  'said',
  'says',
  'wrote',
] as const;

/** Nouns for an outlet opening an apposition ("Mehr, a semi-official news agency, said"). */
export const outletAppositionNouns = [
  'agency',
  'broadcaster',
  'daily',
  'news agency',
  'newspaper',
  'tabloid',
] as const;

/** Articles such an apposition may open with. */
export const outletAppositionOpeners = ['a', 'an', 'the'] as const;

/** Relative pronouns opening a clause between an outlet's name and its verb ("Tasnim, which is close to the Guards, said"). */
export const outletClauseOpeners = ['which'] as const;

/** Phrases saying the abbreviation after them is a news agency ("the state-run APS"). */
export const newsAgencyMarkers = [
  'news agency',
  'official',
  'state news agency',
  'state-run',
] as const;

/** Phrases before a broadcaster's name that say it is a state channel: one spoken to or
 * cited ("told Russia-24"), or called state television ("state TV Channel One"). */
export const stateBroadcastCitingBefore = [
  'according to',
  'broadcaster',
  'channel',
  'interview with',
  'state television',
  'state tv',
  'state-controlled',
  'state-run',
  'told',
] as const;

/** Words right after a channel's name that make it one ("Russia-24 television", "Russia-1
 * reported"). */
export const broadcastCitingAfter = [
  'aired',
  'broadcast',
  'channel',
  'reported',
  'said',
  'television',
  'tv',
] as const;

/** English copy cites a news portal with the words of any outlet. */
export const portalCitingBefore = [] as const;

/** Offices written after "vice" ("Vice President", "Vice Admiral"): then "Vice" is no outlet. */
export const viceOffices = [
  'admiral',
  'chair',
  'chairman',
  'chancellor',
  'chief',
  'commander',
  'director',
  'foreign',
  'governor',
  'marshal',
  'mayor',
  'minister',
  'premier',
  'president',
  'prime',
  'secretary',
  'speaker',
] as const;

/** Crime and court reports in English name people in full, not by initials: none studied. */
export const personInitialsBefore = [] as const;
export const personInitialsAfter = [] as const;
