/**
 * Context phrases for names that are also ordinary words or other things ("Antara" is
 * "between", "Kontan" is "cash", "CCTV" is a camera): such a name counts as an outlet only
 * right after a phrase that introduces a news source, or right before a reporting verb. The
 * words are the language packs' (core/lang/{en,id}/outlet-context.ts), every pack's joined:
 * a name can occur in copy of either language.
 */
import { wordsOfEveryPack } from '../../lang';

/** Phrases that end right before an outlet named as a source or a relay. */
export const CITING_BEFORE: string[] = wordsOfEveryPack('outletCitingBefore');

/** Phrases that start right after an outlet that is the subject of a report. */
export const CITING_AFTER: string[] = wordsOfEveryPack('outletCitingAfter');

/** Nouns for an outlet that open an apposition right after a name and a comma: such an
 * apposition says the name is an outlet as a citing phrase would. */
export const APPOSITION_OUTLET_NOUNS: string[] = wordsOfEveryPack('outletAppositionNouns');

/** Relative pronouns opening a clause about an outlet between its name and its verb. */
export const OUTLET_CLAUSE_OPENERS: string[] = wordsOfEveryPack('outletClauseOpeners');

/** Articles and the like an apposition may open with. */
export const APPOSITION_OPENERS: string[] = wordsOfEveryPack('outletAppositionOpeners');

/** Phrases before a broadcaster's name that say it is a state channel (spoken to, cited,
 * or called state television). */
export const STATE_BROADCAST_BEFORE: string[] = wordsOfEveryPack('stateBroadcastCitingBefore');

/** Words right after a channel's name that make it one ("Russia-1 reported"). */
export const BROADCAST_AFTER: string[] = wordsOfEveryPack('broadcastCitingAfter');

/** Phrases before a news portal cited by a name that is also an ordinary word. */
export const PORTAL_BEFORE: string[] = wordsOfEveryPack('portalCitingBefore');

/** Offices written after "vice" ("Vice President"): "Vice" is then no outlet. */
export const VICE_OFFICES: string[] = wordsOfEveryPack('viceOffices');

/** Words before a person's initials in crime and court reports ("tersangka AP"). */
export const INITIALS_BEFORE: string[] = wordsOfEveryPack('personInitialsBefore');

/** After initials: an age in parentheses, "AP (35)" ("#" is any number), or what befell the
 * person. */
export const INITIALS_AFTER: string[] = ['#', ...wordsOfEveryPack('personInitialsAfter')];

/**
 * An abbreviation that is ambiguous on its own ("PNA", "ENA", "MAP") names the agency only
 * right after its country (the names given here) or a phrase that says it is a news agency:
 * "kantor berita Filipina, PNA", "Ethiopia's ENA", "the state-run APS".
 */
export function afterCountry(...countryWords: string[]): { needsBefore: string[] } {
  return { needsBefore: [...countryWords, ...wordsOfEveryPack('newsAgencyMarkers')] };
}
